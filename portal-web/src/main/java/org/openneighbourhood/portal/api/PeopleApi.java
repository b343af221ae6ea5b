package org.openneighbourhood.portal.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/**
 * referral-service's REST API as the portal uses it, one client per resource: people as staff find
 * and register them, their safeguarding notes and care team; /people. Every call carries the
 * signed-in user's access token; errors arrive as {@link ApiProblemException}. Checked against the
 * API's OpenAPI document by ContractTest.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PeopleApi {

  @GET
  @Path("people")
  Person findPerson(@QueryParam("nhsNumber") String nhsNumber);

  @POST
  @Path("people")
  Person registerPerson(NewPerson person);

  @GET
  @Path("people/{id}")
  Person person(@PathParam("id") UUID id);

  @POST
  @Path("people/{id}/safeguarding-notes")
  Person addSafeguardingNote(@PathParam("id") UUID personId, NewSafeguardingNote note);

  @GET
  @Path("people/{id}/care-team")
  List<CareTeamMember> careTeam(@PathParam("id") UUID personId);

  @POST
  @Path("people/{id}/care-team")
  List<CareTeamMember> addToCareTeam(@PathParam("id") UUID personId, NewCareTeamMember member);

  @POST
  @Path("people/{id}/care-team/{memberId}/end")
  List<CareTeamMember> endCareTeamMembership(
      @PathParam("id") UUID personId, @PathParam("memberId") UUID memberId);

  @PUT
  @Path("people/{id}/ethnicity")
  Person recordEthnicity(
      @PathParam("id") UUID id,
      @HeaderParam(ApiHeaders.IF_MATCH) String ifMatch,
      EthnicityChoice choice);

  @PUT
  @Path("people/{id}/sex")
  Person recordSex(
      @PathParam("id") UUID id, @HeaderParam(ApiHeaders.IF_MATCH) String ifMatch, SexChoice choice);
}
