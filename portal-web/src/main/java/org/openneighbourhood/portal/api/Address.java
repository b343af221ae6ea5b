package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.util.List;

/** Where a person lives. {@code toString} prints nothing of it. */
public record Address(List<String> lines, String postcode) implements Serializable {

  public List<String> linesOrEmpty() {
    return lines == null ? List.of() : lines;
  }

  @Override
  public String toString() {
    return "Address[not shown]";
  }
}
