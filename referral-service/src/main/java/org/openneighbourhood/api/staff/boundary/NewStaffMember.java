package org.openneighbourhood.api.staff.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.openneighbourhood.api.identity.entity.PersonNames;

/** The body of POST /organisations/mine/staff: who to invite, and with which roles. */
// A class, not a record: see PersonRegistration (Payara's OpenAPI scanner and constrained records).
public class NewStaffMember {

  @NotBlank(message = "Enter their first name")
  @Size(max = 100, message = "A name has at most 100 characters")
  @Pattern(regexp = PersonNames.ALLOWED, message = PersonNames.MESSAGE)
  public String firstName;

  @NotBlank(message = "Enter their last name")
  @Size(max = 100, message = "A name has at most 100 characters")
  @Pattern(regexp = PersonNames.ALLOWED, message = PersonNames.MESSAGE)
  public String lastName;

  @NotBlank(message = "Enter their work email address")
  @Email(message = "Enter an email address like name@example.org")
  @Size(max = 254, message = "An email address has at most 254 characters")
  public String email;

  @NotNull(message = "Choose at least one role")
  @Size(min = 1, message = "Choose at least one role")
  public Set<String> roles;

  public NewStaffMember() {}

  public NewStaffMember(String firstName, String lastName, String email, Set<String> roles) {
    this.firstName = firstName;
    this.lastName = lastName;
    this.email = email;
    this.roles = roles;
  }
}
