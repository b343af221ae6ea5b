package org.openneighbourhood.api.person.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openneighbourhood.api.access.boundary.CurrentCaller;
import org.openneighbourhood.api.access.entity.Role;
import org.openneighbourhood.api.plan.boundary.NewGoal;
import org.openneighbourhood.api.plan.boundary.PlanView;
import org.openneighbourhood.api.plan.boundary.Plans;
import org.openneighbourhood.api.plan.boundary.WhatMattersText;

@Path("people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "People and their plans")
@RolesAllowed({Role.LINK_WORKER, Role.GP_STAFF, Role.SOCIAL_CARE})
public class PeopleResource {

  @Inject People people;
  @Inject Plans plans;
  @Inject CurrentCaller caller;
  @Context UriInfo uriInfo;

  @GET
  @Operation(summary = "Find a person by NHS number (spaces allowed)")
  public PersonView find(@QueryParam("nhsNumber") String nhsNumber) {
    return people.findByNhsNumber(caller.get(), nhsNumber);
  }

  @POST
  @Operation(summary = "Register a person")
  public Response register(
      @NotNull(message = "Send the person's details") @Valid PersonRegistration registration) {
    PersonView person = people.register(caller.get(), registration);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(person.id().toString()).build())
        .entity(person)
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A person")
  public PersonView get(@PathParam("id") UUID id) {
    return people.get(caller.get(), id);
  }

  @GET
  @Path("{id}/plan")
  @RolesAllowed({Role.LINK_WORKER, Role.GP_STAFF, Role.SOCIAL_CARE, Role.VCFSE_STAFF})
  @Operation(summary = "The person's plan (empty if nobody has written in it yet)")
  public PlanView plan(@PathParam("id") UUID id) {
    return plans.read(caller.get(), id);
  }

  @PUT
  @Path("{id}/plan/what-matters")
  @Operation(summary = "Write what matters to the person, in their words")
  public PlanView whatMatters(
      @PathParam("id") UUID id,
      @NotNull(message = "Send the text") @Valid WhatMattersText whatMatters) {
    return plans.writeWhatMattersToMe(caller.get(), id, whatMatters.text);
  }

  @POST
  @Path("{id}/plan/goals")
  @Operation(summary = "Add a goal in the person's own words")
  public Response addGoal(
      @PathParam("id") UUID id, @NotNull(message = "Send the goal") @Valid NewGoal goal) {
    PlanView plan = plans.addGoal(caller.get(), id, goal.description);
    return Response.created(uriInfo.getBaseUriBuilder().path("people/{id}/plan").build(id))
        .entity(plan)
        .build();
  }
}
