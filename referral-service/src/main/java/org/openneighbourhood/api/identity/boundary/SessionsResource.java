package org.openneighbourhood.api.identity.boundary;

import static org.openneighbourhood.api.access.entity.Operation.SESSION_END;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openneighbourhood.api.access.entity.Guarded;

/** Where Keycloak tells the API that a sign-in session has ended (OIDC back-channel logout). */
@Path("sessions")
@Tag(name = "Sessions", description = "Sign-in sessions ended in Keycloak")
@SecurityRequirements
public class SessionsResource {

  @Inject Sessions sessions;

  @POST
  @Path("backchannel-logout")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(
      summary =
          "Keycloak's back-channel logout: the session in the signed logout token has ended, and"
              + " its tokens are refused from now on")
  @Guarded(SESSION_END)
  public Response loggedOut(@FormParam("logout_token") String logoutToken) {
    sessions.endedInKeycloak(logoutToken);
    return Response.ok().header("Cache-Control", "no-store").build();
  }
}
