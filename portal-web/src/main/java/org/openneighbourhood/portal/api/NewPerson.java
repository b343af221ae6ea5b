package org.openneighbourhood.portal.api;

import java.time.LocalDate;

public record NewPerson(
    String nhsNumber,
    String givenName,
    String familyName,
    LocalDate dateOfBirth,
    boolean consentToRecord) {}
