package org.openneighbourhood.portal.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person as the API shows them. When {@code shared} is false the API withheld who they are: the
 * person is known, but not shared with the caller's organisation.
 */
public record Person(
    UUID id,
    String nhsNumber,
    String givenName,
    String familyName,
    LocalDate dateOfBirth,
    boolean shared) {

  public String fullName() {
    return shared ? givenName + " " + familyName : "Details withheld";
  }
}
