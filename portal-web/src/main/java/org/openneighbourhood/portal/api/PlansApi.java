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
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * referral-service's REST API as the portal uses it, one client per resource: a person's plan as
 * their care team shapes it; /people/{id}/plan. Every call carries the signed-in user's access
 * token; errors arrive as {@link ApiProblemException}. Checked against the API's OpenAPI document
 * by ContractTest.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PlansApi {

  @GET
  @Path("people/{id}/plan")
  Plan plan(@PathParam("id") UUID personId);

  /** Every change of an existing part of a plan sends the version the user saw as ifMatch. */
  @PUT
  @Path("people/{id}/plan/about-me")
  Plan saveAboutMe(
      @PathParam("id") UUID personId,
      @HeaderParam(ApiHeaders.IF_MATCH) String ifMatch,
      AboutMeText aboutMe);

  @POST
  @Path("people/{id}/plan/goals")
  Plan addGoal(@PathParam("id") UUID personId, NewGoal goal);

  @PUT
  @Path("people/{id}/plan/goals/{goalId}")
  Plan updateGoal(
      @PathParam("id") UUID personId,
      @PathParam("goalId") UUID goalId,
      @HeaderParam(ApiHeaders.IF_MATCH) String ifMatch,
      GoalUpdate goal);

  @POST
  @Path("people/{id}/plan/goals/{goalId}/actions")
  Plan addAction(
      @PathParam("id") UUID personId, @PathParam("goalId") UUID goalId, NewAction action);

  @PUT
  @Path("people/{id}/plan/actions/{actionId}")
  Plan updateAction(
      @PathParam("id") UUID personId,
      @PathParam("actionId") UUID actionId,
      @HeaderParam(ApiHeaders.IF_MATCH) String ifMatch,
      ActionUpdate action);

  @POST
  @Path("people/{id}/plan/notes")
  Plan addNote(@PathParam("id") UUID personId, NewNote note);

  @PUT
  @Path("people/{id}/plan/review")
  Plan saveReview(
      @PathParam("id") UUID personId,
      @HeaderParam(ApiHeaders.IF_MATCH) String ifMatch,
      ReviewUpdate review);

  @PUT
  @Path("people/{id}/plan/contingency")
  Plan saveContingency(
      @PathParam("id") UUID personId,
      @HeaderParam(ApiHeaders.IF_MATCH) String ifMatch,
      ContingencyText contingency);

  @POST
  @Path("people/{id}/plan/wellbeing")
  Plan recordWellbeing(@PathParam("id") UUID personId, NewWellbeing scores);

  /** A page of the plan's history, newest first; read it with {@link Paged#read}. */
  @GET
  @Path("people/{id}/plan/history")
  Response planHistory(
      @PathParam("id") UUID personId, @QueryParam("page") int page, @QueryParam("size") int size);
}
