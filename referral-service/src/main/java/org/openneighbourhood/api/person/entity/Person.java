package org.openneighbourhood.api.person.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

/** Someone the neighbourhood's partners support, known by their NHS number. */
@Entity
@Table(name = "person")
public class Person {

  static final int MAX_NAME = 100;

  @Id private UUID id;

  @Column(name = "nhs_number", nullable = false, unique = true)
  private NhsNumber nhsNumber;

  @Column(name = "given_name", nullable = false)
  private String givenName;

  @Column(name = "family_name", nullable = false)
  private String familyName;

  @Column(name = "date_of_birth", nullable = false)
  private LocalDate dateOfBirth;

  protected Person() {}

  public Person(
      UUID id,
      NhsNumber nhsNumber,
      String givenName,
      String familyName,
      LocalDate dateOfBirth,
      LocalDate today) {
    this.id = Objects.requireNonNull(id);
    this.nhsNumber = Objects.requireNonNull(nhsNumber);
    this.givenName = name(givenName, "givenName");
    this.familyName = name(familyName, "familyName");
    if (dateOfBirth == null) {
      throw new InvalidInputException("dateOfBirth", "Enter a date of birth");
    }
    if (dateOfBirth.isAfter(today)) {
      throw new InvalidInputException("dateOfBirth", "Date of birth must be today or in the past");
    }
    this.dateOfBirth = dateOfBirth;
  }

  private static String name(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "Enter a name");
    }
    String trimmed = value.strip();
    if (trimmed.length() > MAX_NAME) {
      throw new InvalidInputException(field, "A name has at most " + MAX_NAME + " characters");
    }
    return trimmed;
  }

  public UUID id() {
    return id;
  }

  public NhsNumber nhsNumber() {
    return nhsNumber;
  }

  public String givenName() {
    return givenName;
  }

  public String familyName() {
    return familyName;
  }

  public LocalDate dateOfBirth() {
    return dateOfBirth;
  }
}
