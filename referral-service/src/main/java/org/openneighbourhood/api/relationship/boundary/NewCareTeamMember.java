package org.openneighbourhood.api.relationship.boundary;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;

/** The body of POST /people/{id}/care-team. */
// A class, not a record: see PersonRegistration (Payara's OpenAPI scanner and constrained records).
public class NewCareTeamMember {

  @NotNull(message = "Choose an organisation")
  public UUID organisationId;

  @NotNull(message = "Confirm the person agrees to this organisation joining their care team")
  @AssertTrue(message = "Confirm the person agrees to this organisation joining their care team")
  public Boolean personAgreed;

  /**
   * How long the person agrees to share with the organisation: until the end of this day in London
   * (today or later, at most 3 years ahead); without it, for a year.
   */
  public LocalDate until;

  public NewCareTeamMember() {}

  public NewCareTeamMember(UUID organisationId, Boolean personAgreed) {
    this.organisationId = organisationId;
    this.personAgreed = personAgreed;
  }
}
