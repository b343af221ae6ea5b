package org.openneighbourhood.api.person.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The body of POST /people. The NHS number's check digit is checked by the domain. */
public record PersonRegistration(
    @NotBlank(message = "Enter an NHS number") String nhsNumber,
    @NotBlank(message = "Enter a given name")
        @Size(max = 100, message = "A name has at most 100 characters")
        String givenName,
    @NotBlank(message = "Enter a family name")
        @Size(max = 100, message = "A name has at most 100 characters")
        String familyName,
    @NotNull(message = "Enter a date of birth")
        @PastOrPresent(message = "Date of birth must be today or in the past")
        LocalDate dateOfBirth) {}
