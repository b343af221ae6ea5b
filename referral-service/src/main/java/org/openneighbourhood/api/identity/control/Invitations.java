package org.openneighbourhood.api.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.openneighbourhood.api.configuration.control.Setting;
import org.openneighbourhood.api.identity.entity.IdentityConflictException;
import org.openneighbourhood.api.identity.entity.KeycloakUser;

/**
 * Brings someone into an organisation in Keycloak: a new account that must set its password, or an
 * existing one that joins another organisation; roles granted, and an e-mail with a link to choose
 * a password that ends signed in to the portal. Inviting again someone who never signed in sends
 * the e-mail again.
 */
@ApplicationScoped
public class Invitations {

  @Inject Keycloak keycloak;
  @Inject Memberships memberships;
  @Inject Config config;

  /** Who was invited, and whether an e-mail went out. */
  public record Invited(String userId, boolean emailed) {}

  public Invited invite(
      String organisationId, String email, String firstName, String lastName, List<String> roles) {
    Optional<KeycloakUser> existing = keycloak.userByEmail(email);
    String userId =
        existing
            .map(KeycloakUser::id)
            .orElseGet(() -> keycloak.createUser(KeycloakUser.invited(email, firstName, lastName)));
    boolean member =
        existing.isPresent()
            && keycloak.members(organisationId).stream().anyMatch(m -> userId.equals(m.id()));
    boolean neverSignedIn =
        existing.isEmpty()
            || existing.get().requiredActions() != null
                && existing.get().requiredActions().contains("UPDATE_PASSWORD");
    if (member && !neverSignedIn) {
      throw new IdentityConflictException("invite " + email + ": already a member");
    }
    if (existing.isPresent() && !existing.get().active()) {
      keycloak.enable(userId);
    }
    keycloak.grantRealmRoles(userId, roles);
    if (!member) {
      keycloak.addMember(organisationId, userId);
      memberships.changed(userId);
    }
    if (neverSignedIn) {
      // The portal's sign-in: once the password is chosen, Keycloak (with identity's provider)
      // signs them in and sends them there, and the portal takes them to their role's start page.
      keycloak.sendInvitation(
          userId,
          Setting.PORTAL_CLIENT_ID.value(config).orElseThrow(),
          URI.create(
              Setting.PORTAL_URL.lookup(config).orElseThrow().strip().replaceAll("/+$", "")
                  + "/signin"));
    }
    return new Invited(userId, neverSignedIn);
  }
}
