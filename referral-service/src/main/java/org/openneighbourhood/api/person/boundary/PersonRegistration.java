package org.openneighbourhood.api.person.boundary;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The body of POST /people. The NHS number's check digit and the address are checked by the domain.
 * {@code address} is optional; {@code restricted} (default false) marks a restricted record, whose
 * address only those the access policy allows are shown.
 */
// A class, not a record: record components copy their constraints onto constructor
// parameters, and Payara's OpenAPI scanner fails (NPE) on constrained non-path parameters.
public class PersonRegistration {

  @NotBlank(message = "Enter an NHS number")
  public String nhsNumber;

  @NotBlank(message = "Enter a given name")
  @Size(max = 100, message = "A name has at most 100 characters")
  public String givenName;

  @NotBlank(message = "Enter a family name")
  @Size(max = 100, message = "A name has at most 100 characters")
  public String familyName;

  @NotNull(message = "Enter a date of birth")
  @PastOrPresent(message = "Date of birth must be today or in the past")
  public LocalDate dateOfBirth;

  @NotNull(message = "Confirm they agree to your organisation keeping a record about them")
  @AssertTrue(message = "Confirm they agree to your organisation keeping a record about them")
  public Boolean consentToRecord;

  public NewAddress address;

  public Boolean restricted;

  public PersonRegistration() {}

  public PersonRegistration(
      String nhsNumber,
      String givenName,
      String familyName,
      LocalDate dateOfBirth,
      Boolean consentToRecord) {
    this.nhsNumber = nhsNumber;
    this.givenName = givenName;
    this.familyName = familyName;
    this.dateOfBirth = dateOfBirth;
    this.consentToRecord = consentToRecord;
  }

  public PersonRegistration(
      String nhsNumber,
      String givenName,
      String familyName,
      LocalDate dateOfBirth,
      Boolean consentToRecord,
      NewAddress address,
      Boolean restricted) {
    this(nhsNumber, givenName, familyName, dateOfBirth, consentToRecord);
    this.address = address;
    this.restricted = restricted;
  }

  @Override
  public String toString() {
    return "PersonRegistration[not shown]";
  }
}
