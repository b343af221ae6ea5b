package org.openneighbourhood.api.fhir.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.openneighbourhood.api.access.entity.AccessDeniedException;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.access.entity.Role;
import org.openneighbourhood.api.identity.control.TokenClaims;

/**
 * SMART on FHIR system scopes, which a partner system's token carries in {@code scope} ({@code
 * system/ServiceRequest.read}): Keycloak gives a partner's client only the scopes its onboarding
 * listed, so a partner reads back only the resource types it was given, on top of the rows that
 * decide which records. A user's token is not subject to them: a user is decided by the rows alone,
 * as on the REST API.
 */
@Dependent
public class SystemScopes {

  /** Reading any resource type. */
  static final String READ_ANY = "system/*.read";

  @Inject JsonWebToken token;

  /**
   * Refuses (403) a partner system whose token carries neither {@code system/<type>.read} nor
   * {@code system/*.read}.
   */
  public void requireRead(Caller caller, String resourceType) {
    if (!caller.roles().contains(Role.PARTNER_SYSTEM)) {
      return;
    }
    Set<String> granted = granted();
    String scope = "system/" + resourceType + ".read";
    if (!granted.contains(scope) && !granted.contains(READ_ANY)) {
      throw AccessDeniedException.forbidden("The token does not carry the scope " + scope);
    }
  }

  private Set<String> granted() {
    String scope = TokenClaims.text(token.getClaim("scope"));
    return scope == null
        ? Set.of()
        : Arrays.stream(scope.split(" ")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
  }
}
