package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The body of a registration; {@code address} null when none was given. Never printed. */
public record NewPerson(
    String nhsNumber,
    String givenName,
    String familyName,
    LocalDate dateOfBirth,
    boolean consentToRecord,
    NewAddress address,
    boolean restricted)
    implements Serializable {

  /** An address as typed: lines (blank ones dropped by the API) and a postcode. */
  public record NewAddress(List<String> lines, String postcode) implements Serializable {
    @Override
    public String toString() {
      return "NewAddress[not shown]";
    }
  }

  @Override
  public String toString() {
    return "NewPerson[not shown]";
  }
}
