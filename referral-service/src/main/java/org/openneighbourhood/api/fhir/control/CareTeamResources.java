package org.openneighbourhood.api.fhir.control;

import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CareTeam.CareTeamParticipantComponent;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Reference;
import org.openneighbourhood.api.fhir.entity.Vocabulary;
import org.openneighbourhood.api.relationship.boundary.CareTeamMemberView;

/**
 * A person's care team as a UK Core {@code CareTeam}, drawn from the members the REST API's {@code
 * /people/{id}/care-team} answers the same caller with: each organisation, now or before, is a
 * participant for the period it was in the team. A person has one care team, so its id is the
 * person's; it is {@code active} while any organisation is in it.
 */
public final class CareTeamResources {

  private CareTeamResources() {}

  public static CareTeam of(UUID personId, List<CareTeamMemberView> members) {
    CareTeam team = new CareTeam();
    team.setIdElement(new IdType("CareTeam", personId.toString()));
    team.getMeta().addProfile(Vocabulary.CARE_TEAM_PROFILE);
    team.setStatus(
        members.stream().anyMatch(CareTeamMemberView::current)
            ? CareTeam.CareTeamStatus.ACTIVE
            : CareTeam.CareTeamStatus.INACTIVE);
    team.setSubject(new Reference("Patient/" + personId));
    for (CareTeamMemberView member : members) {
      CareTeamParticipantComponent participant = team.addParticipant();
      participant.setMember(
          new Reference("Organization/" + member.organisationId())
              .setDisplay(member.organisationName()));
      participant.getPeriod().setStart(Date.from(member.startedAt()));
      if (member.endedAt() != null) {
        participant.getPeriod().setEnd(Date.from(member.endedAt()));
      }
    }
    return team;
  }
}
