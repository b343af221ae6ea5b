package org.openneighbourhood.api.identity.control;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.openneighbourhood.api.identity.entity.ServiceToken;

/**
 * The realm's token endpoint, for the API's own service account (client credentials). No
 * class-level {@code @Path}: this is a client, not one of the API's resources.
 */
public interface KeycloakTokenApi {

  @POST
  @Path("protocol/openid-connect/token")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  ServiceToken clientCredentials(
      @FormParam("grant_type") String grantType,
      @FormParam("client_id") String clientId,
      @FormParam("client_secret") String clientSecret);
}
