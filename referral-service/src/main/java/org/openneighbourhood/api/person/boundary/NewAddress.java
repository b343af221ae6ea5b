package org.openneighbourhood.api.person.boundary;

import java.util.List;

/**
 * An address in a request: lines and a UK postcode. Checked by the domain ({@code Address}), which
 * names {@code address.lines} or {@code address.postcode} in its field errors.
 */
// A class, not a record: see PersonRegistration.
public class NewAddress {

  public List<String> lines;
  public String postcode;

  public NewAddress() {}

  public NewAddress(List<String> lines, String postcode) {
    this.lines = lines;
    this.postcode = postcode;
  }

  @Override
  public String toString() {
    return "NewAddress[not shown]";
  }
}
