package org.openneighbourhood.portal.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * Sign-in with the authorization code flow. Keycloak puts realm roles in the groups claim.
 * redirectToOriginalResource stays false because restoring a saved Faces request fails; the
 * /callback servlet sends the user to their role's home page instead.
 *
 * <p>Signing out ends the Keycloak session too (RP-initiated logout with the ID token as hint), so
 * the next sign-in asks for a password again. Without {@code notifyProvider} the mechanism would
 * answer a logout by starting a new sign-in.
 */
@OpenIdAuthenticationMechanismDefinition(
    providerURI = "${oidcConfig.providerUri}",
    clientId = "${oidcConfig.clientId}",
    clientSecret = "${oidcConfig.clientSecret}",
    redirectURI = "${baseURL}/callback",
    redirectToOriginalResource = false,
    scope = {"openid", "profile", "email"},
    claimsDefinition = @ClaimsDefinition(callerGroupsClaim = "groups"),
    tokenAutoRefresh = true,
    logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/"))
@DeclareRoles({
  Roles.LINK_WORKER,
  Roles.GP_STAFF,
  Roles.SOCIAL_CARE,
  Roles.VCFSE_STAFF,
  Roles.ORG_ADMIN,
  Roles.COMMISSIONER,
  Roles.PERSON,
  Roles.PLATFORM_ADMIN
})
@ApplicationScoped
public class OpenIdSignIn {}
