package org.openneighbourhood.api.plan.boundary;

import static org.openneighbourhood.api.access.entity.Operation.ME_PLAN;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openneighbourhood.api.access.entity.Guarded;
import org.openneighbourhood.api.identity.boundary.CurrentCaller;

/** The signed-in person's own plan (GET /me/plan); the care team's is PlanResource. */
@Path("me/plan")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "A person's own record")
public class MyPlanResource {

  @Inject Plans plans;
  @Inject CurrentCaller caller;

  @GET
  @Operation(summary = "The signed-in person's plan")
  @Guarded(ME_PLAN)
  public PlanView plan() {
    return plans.mine(caller.get());
  }
}
