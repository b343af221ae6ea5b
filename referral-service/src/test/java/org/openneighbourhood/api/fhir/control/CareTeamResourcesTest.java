package org.openneighbourhood.api.fhir.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.CareTeam;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.organisation.entity.Sector;
import org.openneighbourhood.api.relationship.boundary.CareTeamMemberView;
import org.openneighbourhood.api.relationship.entity.CareTeamMember;

class CareTeamResourcesTest {

  private static final UUID PERSON = UUID.randomUUID();
  private static final UUID SURGERY = UUID.randomUUID();
  private static final Instant JOINED = Instant.parse("2026-01-01T09:00:00Z");
  private static final Instant LEFT = Instant.parse("2026-06-01T09:00:00Z");

  @Test
  void eachOrganisationIsAParticipantForItsTimeInTheTeam() {
    CareTeam team =
        CareTeamResources.of(
            PERSON,
            List.of(
                member(SURGERY, "Riverside Surgery", null),
                member(UUID.randomUUID(), "Gone", LEFT)));
    assertEquals(PERSON.toString(), team.getIdElement().getIdPart());
    assertEquals(CareTeam.CareTeamStatus.ACTIVE, team.getStatus());
    assertEquals("Patient/" + PERSON, team.getSubject().getReference());
    assertEquals(2, team.getParticipant().size());
    CareTeam.CareTeamParticipantComponent now = team.getParticipantFirstRep();
    assertEquals("Organization/" + SURGERY, now.getMember().getReference());
    assertEquals("Riverside Surgery", now.getMember().getDisplay());
    assertEquals(JOINED, now.getPeriod().getStart().toInstant());
    assertFalse(now.getPeriod().hasEnd());
    assertEquals(LEFT, team.getParticipant().get(1).getPeriod().getEnd().toInstant());
  }

  @Test
  void aTeamWithNoOneInItNowIsInactive() {
    CareTeam team = CareTeamResources.of(PERSON, List.of(member(SURGERY, "Gone", LEFT)));
    assertEquals(CareTeam.CareTeamStatus.INACTIVE, team.getStatus());
    assertEquals(
        CareTeam.CareTeamStatus.INACTIVE, CareTeamResources.of(PERSON, List.of()).getStatus());
  }

  private static CareTeamMemberView member(UUID organisation, String name, Instant ended) {
    return new CareTeamMemberView(
        UUID.randomUUID(),
        organisation,
        name,
        Sector.GP_PRACTICE,
        CareTeamMember.Reason.REGISTERED,
        JOINED,
        "Lina",
        ended,
        ended == null ? null : "Lina",
        ended == null);
  }
}
