package org.openneighbourhood.api.referral.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.openneighbourhood.api.access.boundary.CurrentCaller;
import org.openneighbourhood.api.access.entity.Role;

/** One referral; the access policy decides per referral which organisation's staff may act. */
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource {

  private final UUID id;
  private final Referrals referrals;
  private final CurrentCaller caller;

  ReferralResource(UUID id, Referrals referrals, CurrentCaller caller) {
    this.id = id;
    this.referrals = referrals;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({Role.LINK_WORKER, Role.GP_STAFF, Role.SOCIAL_CARE, Role.VCFSE_STAFF})
  @Operation(summary = "A referral, for staff of the referring or receiving organisation")
  public ReferralView get() {
    return referrals.get(caller.get(), id);
  }

  @POST
  @Path("accept")
  @RolesAllowed({Role.VCFSE_STAFF, Role.GP_STAFF, Role.SOCIAL_CARE})
  @Operation(summary = "Accept a referral addressed to the caller's acting organisation")
  public ReferralView accept() {
    return referrals.accept(caller.get(), id);
  }

  @POST
  @Path("decline")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.VCFSE_STAFF, Role.GP_STAFF, Role.SOCIAL_CARE})
  @Operation(summary = "Decline a referral with a reason (a note when the reason is OTHER)")
  public ReferralView decline(@NotNull(message = "Give a reason") @Valid Decline decision) {
    return referrals.decline(caller.get(), id, decision);
  }
}
