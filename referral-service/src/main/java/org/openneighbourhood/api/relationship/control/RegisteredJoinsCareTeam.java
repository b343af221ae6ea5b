package org.openneighbourhood.api.relationship.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.openneighbourhood.api.person.entity.PersonRegistered;
import org.openneighbourhood.api.relationship.entity.CareTeamMember;
import org.openneighbourhood.api.relationship.entity.Consent;
import org.openneighbourhood.api.relationship.entity.ConsentTerm;

/**
 * The organisation that registers someone joins their care team, with the person's agreement to it
 * keeping their record for a year, in the registration's own transaction.
 */
@ApplicationScoped
public class RegisteredJoinsCareTeam {

  @Inject RelationshipRepository relationships;

  void joinCareTeam(@Observes PersonRegistered registered) {
    relationships.add(
        new CareTeamMember(
            registered.personId(),
            registered.organisation(),
            CareTeamMember.Reason.REGISTERED,
            registered.by(),
            registered.at()));
    relationships.add(
        new Consent(
            registered.personId(),
            registered.organisation(),
            Consent.Scope.KEEP_RECORD,
            null,
            registered.by(),
            registered.organisation(),
            ConsentTerm.A_YEAR,
            registered.at()));
  }
}
