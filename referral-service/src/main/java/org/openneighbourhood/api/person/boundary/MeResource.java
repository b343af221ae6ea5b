package org.openneighbourhood.api.person.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openneighbourhood.api.access.boundary.CurrentCaller;
import org.openneighbourhood.api.access.entity.Role;
import org.openneighbourhood.api.plan.boundary.PlanView;
import org.openneighbourhood.api.plan.boundary.Plans;
import org.openneighbourhood.api.referral.boundary.ReferralView;
import org.openneighbourhood.api.referral.boundary.Referrals;

/** The signed-in person's own record, matched by the NHS number in their token. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "A person's own record")
@RolesAllowed(Role.PERSON)
public class MeResource {

  @Inject People people;
  @Inject Plans plans;
  @Inject Referrals referrals;
  @Inject CurrentCaller caller;

  @GET
  @Operation(summary = "The signed-in person")
  public PersonView me() {
    return people.me(caller.get());
  }

  @GET
  @Path("plan")
  @Operation(summary = "The signed-in person's plan")
  public PlanView plan() {
    return plans.mine(caller.get());
  }

  @GET
  @Path("referrals")
  @Operation(summary = "Referrals about the signed-in person, newest first")
  public List<ReferralView> referrals() {
    return referrals.mine(caller.get());
  }
}
