package org.openneighbourhood.api.staff.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.openneighbourhood.api.access.control.Access;
import org.openneighbourhood.api.access.control.AccessPolicy;
import org.openneighbourhood.api.access.control.Audited;
import org.openneighbourhood.api.access.entity.AuditEvent.RecordType;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.identity.control.EndedSessions;
import org.openneighbourhood.api.identity.control.Invitations;
import org.openneighbourhood.api.identity.control.Keycloak;
import org.openneighbourhood.api.identity.control.Memberships;
import org.openneighbourhood.api.identity.entity.IdentityUnavailableException;
import org.openneighbourhood.api.identity.entity.KeycloakUser;
import org.openneighbourhood.api.organisation.control.OrganisationRepository;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.problem.entity.InvalidInputException;
import org.openneighbourhood.api.problem.entity.RecordNotFoundException;
import org.openneighbourhood.api.staff.entity.SectorRoles;

/**
 * Use cases of an organisation admin for the organisation they act for: who works here, invite
 * someone, deactivate someone who left. Each change is audited.
 */
@ApplicationScoped
@Transactional
@Audited
public class Staff {

  @Inject AccessPolicy policy;
  @Inject Keycloak keycloak;
  @Inject Memberships memberships;
  @Inject EndedSessions endedSessions;
  @Inject Invitations invitations;
  @Inject OrganisationRepository organisations;

  public List<StaffMemberView> list(Caller caller) {
    policy.checkWithoutPerson(caller, Operation.STAFF_LIST, RecordType.STAFF);
    String organisationId = keycloakId(policy.actingOrganisation(caller));
    return keycloak.members(organisationId).stream()
        .map(user -> StaffMemberView.of(user, keycloak.realmRoles(user.id())))
        .sorted(Comparator.comparing(StaffMemberView::name, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  public RolesView roles(Caller caller) {
    policy.checkWithoutPerson(caller, Operation.STAFF_LIST, RecordType.STAFF);
    Organisation organisation = organisation(policy.actingOrganisation(caller));
    return new RolesView(organisation.sector(), SectorRoles.of(organisation.sector()));
  }

  public StaffMemberView invite(Caller caller, NewStaffMember invitation) {
    Access access = policy.checkWithoutPerson(caller, Operation.STAFF_INVITE, RecordType.STAFF);
    String alias = policy.actingOrganisation(caller);
    Organisation organisation = organisation(alias);
    if (invitation.roles.contains(null)) {
      throw new InvalidInputException("roles", "Choose roles from the list");
    }
    Set<String> roles = Set.copyOf(invitation.roles);
    SectorRoles.check(organisation.sector(), roles);
    String email = invitation.email.strip().toLowerCase(Locale.ROOT);
    Invitations.Invited invited =
        invitations.invite(
            keycloakId(alias),
            email,
            invitation.firstName.strip(),
            invitation.lastName.strip(),
            List.copyOf(roles));
    access.record(RecordType.STAFF, UUID.fromString(invited.userId()));
    return member(invited.userId());
  }

  /**
   * Ends the person's membership of the organisation and every session they have. When this was
   * their last organisation, their account is disabled too, so they cannot sign in again.
   */
  public StaffMemberView deactivate(Caller caller, String userId) {
    Access access = policy.checkWithoutPerson(caller, Operation.STAFF_DEACTIVATE, RecordType.STAFF);
    requireUuid(userId);
    String organisationId = keycloakId(policy.actingOrganisation(caller));
    KeycloakUser member =
        keycloak.members(organisationId).stream()
            .filter(user -> user.id().equals(userId))
            .findFirst()
            .orElseThrow(() -> new RecordNotFoundException("Staff member"));
    if (member.username().equals(caller.username())) {
      throw new InvalidInputException(
          "userId", "You cannot deactivate yourself: ask another admin of your organisation");
    }
    keycloak.removeMember(organisationId, userId);
    // Every instance asks Keycloak again at this user's next request, so the token they still
    // hold acts for this organisation no more.
    memberships.changed(userId);
    if (keycloak.organisationsOf(userId).isEmpty()) {
      keycloak.disable(userId);
    }
    // Their sessions' tokens are refused from this commit on, by every instance; Keycloak's own
    // back-channel logout for them may arrive after the user's next page.
    keycloak.sessionsOf(userId).forEach(endedSessions::end);
    keycloak.endSessions(userId);
    access.record(RecordType.STAFF, UUID.fromString(userId));
    return member(userId);
  }

  private StaffMemberView member(String userId) {
    KeycloakUser user =
        keycloak.user(userId).orElseThrow(() -> new RecordNotFoundException("Staff member"));
    return StaffMemberView.of(user, keycloak.realmRoles(userId));
  }

  /** Keycloak ids are UUIDs; anything else names no one (and never reaches Keycloak's URLs). */
  private static void requireUuid(String userId) {
    try {
      UUID.fromString(userId);
    } catch (IllegalArgumentException notAnId) {
      throw new RecordNotFoundException("Staff member");
    }
  }

  private Organisation organisation(String alias) {
    return organisations
        .findByAlias(alias)
        .orElseThrow(() -> new RecordNotFoundException("Organisation"));
  }

  private String keycloakId(String alias) {
    return keycloak
        .organisationId(alias)
        .orElseThrow(
            () ->
                new IdentityUnavailableException(
                    "the organisation " + alias + " is not in Keycloak", null));
  }
}
