package org.openneighbourhood.api.relationship.boundary;

import java.time.Instant;
import java.util.UUID;
import org.openneighbourhood.api.organisation.entity.Sector;
import org.openneighbourhood.api.relationship.entity.CareTeamMember;

/** An organisation in a person's care team, now or before. */
public record CareTeamMemberView(
    UUID id,
    UUID organisationId,
    String organisationName,
    Sector sector,
    CareTeamMember.Reason reason,
    Instant startedAt,
    String startedBy,
    Instant endedAt,
    String endedBy,
    boolean current) {

  public static CareTeamMemberView of(CareTeamMember member) {
    return new CareTeamMemberView(
        member.id(),
        member.organisation().id(),
        member.organisation().name(),
        member.organisation().sector(),
        member.reason(),
        member.startedAt(),
        member.startedBy(),
        member.endedAt().orElse(null),
        member.endedBy().orElse(null),
        member.isCurrent());
  }
}
