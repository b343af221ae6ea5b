package org.openneighbourhood.api.organisation.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.openneighbourhood.api.identity.entity.PersonNames;
import org.openneighbourhood.api.organisation.entity.Sector;

/**
 * The body of POST /organisations: a partner organisation joining the neighbourhood, and its first
 * admin. Which identifier is required depends on the sector (see {@code Identifiers}).
 */
// A class, not a record: see PersonRegistration (Payara's OpenAPI scanner and constrained records).
public class NewOrganisation {

  @NotBlank(message = "Enter the organisation's name")
  @Size(max = 200, message = "A name has at most 200 characters")
  public String name;

  @NotNull(message = "Choose what kind of organisation it is")
  public Sector sector;

  @Size(max = 20, message = "An ODS code has at most 10 characters")
  public String odsCode;

  @Size(max = 20, message = "A charity number has at most 8 digits")
  public String charityNumber;

  @Size(max = 20, message = "A company number has at most 8 characters")
  public String companyNumber;

  @Pattern(
      regexp = "^$|^([a-z0-9-]+\\.)+[a-z]{2,}$",
      flags = Pattern.Flag.CASE_INSENSITIVE,
      message = "Enter an email domain like green-minds.org.uk, or leave it empty")
  @Size(max = 200, message = "A domain has at most 200 characters")
  public String emailDomain;

  /**
   * The id of the PCN whose area it belongs to (a GP practice's own PCN; the area a council team or
   * VCFSE mainly works in); optional, and refused for a PCN, which is an area itself.
   */
  @Size(max = 40, message = "Choose a primary care network from the list")
  public String pcnId;

  @NotBlank(message = "Enter the first admin's first name")
  @Size(max = 100, message = "A name has at most 100 characters")
  @Pattern(regexp = PersonNames.ALLOWED, message = PersonNames.MESSAGE)
  public String adminFirstName;

  @NotBlank(message = "Enter the first admin's last name")
  @Size(max = 100, message = "A name has at most 100 characters")
  @Pattern(regexp = PersonNames.ALLOWED, message = PersonNames.MESSAGE)
  public String adminLastName;

  @NotBlank(message = "Enter the first admin's work email address")
  @Email(message = "Enter an email address like name@example.org")
  @Size(max = 254, message = "An email address has at most 254 characters")
  public String adminEmail;

  public NewOrganisation() {}
}
