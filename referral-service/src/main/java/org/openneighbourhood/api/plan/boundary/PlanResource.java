package org.openneighbourhood.api.plan.boundary;

import static org.openneighbourhood.api.access.entity.Operation.PLAN_ACTION_ADD;
import static org.openneighbourhood.api.access.entity.Operation.PLAN_ACTION_UPDATE;
import static org.openneighbourhood.api.access.entity.Operation.PLAN_NOTE_ADD;
import static org.openneighbourhood.api.access.entity.Operation.PLAN_READ;
import static org.openneighbourhood.api.access.entity.Operation.PLAN_REVIEW;
import static org.openneighbourhood.api.access.entity.Operation.PLAN_WELLBEING_ADD;
import static org.openneighbourhood.api.access.entity.Operation.PLAN_WRITE;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openneighbourhood.api.access.entity.Guarded;
import org.openneighbourhood.api.http.boundary.Answers;
import org.openneighbourhood.api.http.boundary.Paging;
import org.openneighbourhood.api.http.boundary.Versions;
import org.openneighbourhood.api.identity.boundary.CurrentCaller;

/**
 * A person's plan. The person uses these too, on their own record: the access policy's {@code self}
 * column decides what they may do. A change to an existing part names the version it was made on in
 * If-Match (the part's {@code version}).
 */
@Path("people/{id}/plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "The person's personalised care and support plan")
public class PlanResource {

  @Inject Plans plans;
  @Inject CurrentCaller caller;
  @Context UriInfo uriInfo;

  @GET
  @Operation(summary = "The person's plan (empty if nobody has written in it yet)")
  @Guarded(PLAN_READ)
  public PlanView plan(@PathParam("id") UUID id) {
    return plans.read(caller.get(), id);
  }

  @GET
  @Path("history")
  @Operation(summary = "Every change to the plan, newest first, a page at a time")
  @Answers(value = PlanChangeView.class, page = true)
  @Guarded(PLAN_READ)
  public Response history(
      @PathParam("id") UUID id,
      @QueryParam("page") @DefaultValue("1") String page,
      @QueryParam("size") @DefaultValue("25") String size) {
    Paging.Numbered paging = Paging.numbered(page, size);
    Plans.HistoryPage found = plans.history(caller.get(), id, paging.page(), paging.size());
    return Paging.page(found.rows(), found.total(), found.page(), found.size(), uriInfo);
  }

  @PUT
  @Path("about-me")
  @Operation(summary = "Write About me, in the person's words (If-Match: aboutMe.version)")
  @Guarded(PLAN_WRITE)
  public PlanView aboutMe(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull(message = "Send About me") @Valid AboutMeText text) {
    return plans.writeAboutMe(caller.get(), id, text, Versions.ifMatch(ifMatch));
  }

  @POST
  @Path("goals")
  @Operation(summary = "Add a goal in the person's own words")
  @Answers(value = PlanView.class, status = 201)
  @Guarded(PLAN_WRITE)
  public Response addGoal(
      @PathParam("id") UUID id, @NotNull(message = "Send the goal") @Valid NewGoal goal) {
    return created(id, plans.addGoal(caller.get(), id, goal));
  }

  @PUT
  @Path("goals/{goalId}")
  @Operation(summary = "Change a goal: its words, importance, confidence, status (If-Match)")
  @Guarded(PLAN_WRITE)
  public PlanView changeGoal(
      @PathParam("id") UUID id,
      @PathParam("goalId") UUID goalId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull(message = "Send the goal") @Valid GoalChange change) {
    return plans.changeGoal(caller.get(), id, goalId, change, Versions.ifMatch(ifMatch));
  }

  @POST
  @Path("goals/{goalId}/actions")
  @Operation(summary = "Agree an action towards a goal, owned by one organisation")
  @Answers(value = PlanView.class, status = 201)
  @Guarded(PLAN_ACTION_ADD)
  public Response addAction(
      @PathParam("id") UUID id,
      @PathParam("goalId") UUID goalId,
      @NotNull(message = "Send the action") @Valid NewAction action) {
    return created(id, plans.addAction(caller.get(), id, goalId, action));
  }

  @PUT
  @Path("actions/{actionId}")
  @Operation(summary = "Update an action your organisation owns (If-Match: its version)")
  @Guarded(PLAN_ACTION_UPDATE)
  public PlanView updateAction(
      @PathParam("id") UUID id,
      @PathParam("actionId") UUID actionId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull(message = "Send the action") @Valid ActionUpdate update) {
    return plans.updateAction(caller.get(), id, actionId, update, Versions.ifMatch(ifMatch));
  }

  @PUT
  @Path("review")
  @Operation(summary = "Set the review date and who owns the review (If-Match: review.version)")
  @Guarded(PLAN_REVIEW)
  public PlanView review(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull(message = "Send the review") @Valid ReviewText review) {
    return plans.scheduleReview(caller.get(), id, review, Versions.ifMatch(ifMatch));
  }

  @PUT
  @Path("contingency")
  @Operation(summary = "Write the contingency plan (If-Match: contingency.version)")
  @Guarded(PLAN_WRITE)
  public PlanView contingency(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull(message = "Send the contingency plan") @Valid ContingencyText text) {
    return plans.writeContingency(caller.get(), id, text, Versions.ifMatch(ifMatch));
  }

  @POST
  @Path("notes")
  @Operation(summary = "Add a progress note, about the plan or one goal")
  @Answers(value = PlanView.class, status = 201)
  @Guarded(PLAN_NOTE_ADD)
  public Response addNote(
      @PathParam("id") UUID id, @NotNull(message = "Send the note") @Valid NewNote note) {
    return created(id, plans.addNote(caller.get(), id, note));
  }

  @POST
  @Path("wellbeing")
  @Operation(summary = "Record the person's answers to the ONS4 wellbeing questions")
  @Answers(value = PlanView.class, status = 201)
  @Guarded(PLAN_WELLBEING_ADD)
  public Response recordWellbeing(
      @PathParam("id") UUID id,
      @NotNull(message = "Send the answers") @Valid WellbeingAnswers answers) {
    return created(id, plans.recordWellbeing(caller.get(), id, answers));
  }

  private Response created(UUID personId, PlanView plan) {
    return Response.created(uriInfo.getBaseUriBuilder().path("people/{id}/plan").build(personId))
        .entity(plan)
        .build();
  }
}
