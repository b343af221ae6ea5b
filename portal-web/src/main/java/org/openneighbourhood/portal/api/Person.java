package org.openneighbourhood.portal.api;

import java.time.LocalDate;
import java.util.UUID;

public record Person(
    UUID id, String nhsNumber, String givenName, String familyName, LocalDate dateOfBirth) {

  public String fullName() {
    return givenName + " " + familyName;
  }
}
