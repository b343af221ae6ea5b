package org.openneighbourhood.api.access.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.openneighbourhood.api.access.control.TokenClaims;
import org.openneighbourhood.api.access.entity.Caller;

/** The caller of the current request, read from the verified bearer token. */
@RequestScoped
public class CurrentCaller {

  public static final String ACTING_ORGANISATION_HEADER = "X-Acting-Organisation";

  @Inject JsonWebToken token;
  @Inject HttpServletRequest request;

  private Caller caller;

  public Caller get() {
    if (caller == null) {
      caller =
          new Caller(
              token.getName(),
              TokenClaims.displayName(
                  token.getClaim("name"), token.getClaim("preferred_username"), token.getName()),
              token.getGroups() == null ? java.util.Set.of() : token.getGroups(),
              TokenClaims.organisationAliases(token.getClaim("organization")),
              request.getHeader(ACTING_ORGANISATION_HEADER),
              TokenClaims.text(token.getClaim("nhs_number")));
    }
    return caller;
  }
}
