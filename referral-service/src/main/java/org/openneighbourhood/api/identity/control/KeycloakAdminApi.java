package org.openneighbourhood.api.identity.control;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.openneighbourhood.api.identity.entity.KeycloakOrganisation;
import org.openneighbourhood.api.identity.entity.KeycloakRole;
import org.openneighbourhood.api.identity.entity.KeycloakSession;
import org.openneighbourhood.api.identity.entity.KeycloakUser;

/**
 * The part of Keycloak's Admin REST API ({@code /admin/realms/{realm}}) this API calls, typed. The
 * base URI includes the realm; the service account's bearer token is added by {@link Keycloak}.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface KeycloakAdminApi {

  @GET
  @Path("organizations")
  List<KeycloakOrganisation> organisations(
      @QueryParam("briefRepresentation") boolean brief,
      @QueryParam("first") int first,
      @QueryParam("max") int max);

  @POST
  @Path("organizations")
  Response createOrganisation(KeycloakOrganisation organisation);

  @GET
  @Path("organizations/members/{userId}/organizations")
  List<KeycloakOrganisation> organisationsOf(
      @PathParam("userId") String userId, @QueryParam("briefRepresentation") boolean brief);

  @GET
  @Path("organizations/{orgId}/members")
  List<KeycloakUser> members(
      @PathParam("orgId") String organisationId,
      @QueryParam("first") int first,
      @QueryParam("max") int max);

  @POST
  @Path("organizations/{orgId}/members")
  Response addMember(@PathParam("orgId") String organisationId, String quotedUserId);

  @DELETE
  @Path("organizations/{orgId}/members/{userId}")
  Response removeMember(@PathParam("orgId") String organisationId, @PathParam("userId") String id);

  @GET
  @Path("users")
  List<KeycloakUser> usersByEmail(
      @QueryParam("email") String email, @QueryParam("exact") boolean exact);

  @GET
  @Path("users/{userId}")
  KeycloakUser user(@PathParam("userId") String userId);

  @POST
  @Path("users")
  Response createUser(KeycloakUser user);

  @PUT
  @Path("users/{userId}")
  Response updateUser(@PathParam("userId") String userId, KeycloakUser changes);

  @GET
  @Path("users/{userId}/sessions")
  List<KeycloakSession> sessions(@PathParam("userId") String userId);

  @POST
  @Path("users/{userId}/logout")
  Response endSessions(@PathParam("userId") String userId);

  @GET
  @Path("users/{userId}/role-mappings/realm")
  List<KeycloakRole> realmRoles(@PathParam("userId") String userId);

  @GET
  @Path("users/{userId}/role-mappings/realm/available")
  List<KeycloakRole> availableRealmRoles(@PathParam("userId") String userId);

  @POST
  @Path("users/{userId}/role-mappings/realm")
  Response grantRealmRoles(@PathParam("userId") String userId, List<KeycloakRole> roles);

  @PUT
  @Path("users/{userId}/execute-actions-email")
  Response sendActionsEmail(
      @PathParam("userId") String userId,
      @QueryParam("client_id") String clientId,
      @QueryParam("redirect_uri") String redirectUri,
      @QueryParam("lifespan") int lifespanSeconds,
      List<String> actions);
}
