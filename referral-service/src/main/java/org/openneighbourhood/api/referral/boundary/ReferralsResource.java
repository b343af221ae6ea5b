package org.openneighbourhood.api.referral.boundary;

import static org.openneighbourhood.api.access.entity.Operation.REFERRAL_DECIDE;
import static org.openneighbourhood.api.access.entity.Operation.REFERRAL_LIST_INBOX;
import static org.openneighbourhood.api.access.entity.Operation.REFERRAL_LIST_SENT;
import static org.openneighbourhood.api.access.entity.Operation.REFERRAL_READ;
import static org.openneighbourhood.api.access.entity.Operation.REFERRAL_SEND;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openneighbourhood.api.access.boundary.CurrentCaller;
import org.openneighbourhood.api.access.entity.Guarded;

@Path("referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals", description = "Referrals between partner organisations")
// One resource for the collection and its items (no sub-resource locator), so that every
// operation is found by the OpenAPI scan and names its own access policy operation (@Guarded).
public class ReferralsResource {

  @Inject Referrals referrals;
  @Inject CurrentCaller caller;
  @Context UriInfo uriInfo;

  @POST
  @Operation(summary = "Send a referral on behalf of the caller's acting organisation")
  @Guarded(REFERRAL_SEND)
  public Response send(@NotNull(message = "Send a referral") @Valid NewReferral request) {
    ReferralView sent = referrals.send(caller.get(), request);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(sent.id().toString()).build())
        .entity(sent)
        .build();
  }

  @GET
  @Path("sent")
  @Operation(summary = "Referrals sent by the caller's acting organisation, newest first")
  @Guarded(REFERRAL_LIST_SENT)
  public List<ReferralView> sent() {
    return referrals.sent(caller.get());
  }

  @GET
  @Path("inbox")
  @Operation(summary = "Referrals addressed to the caller's acting organisation, newest first")
  @Guarded(REFERRAL_LIST_INBOX)
  public List<ReferralView> inbox() {
    return referrals.inbox(caller.get());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A referral, for staff of the referring or receiving organisation")
  @Guarded(REFERRAL_READ)
  public ReferralView get(@PathParam("id") UUID id) {
    return referrals.get(caller.get(), id);
  }

  @POST
  @Path("{id}/accept")
  @Operation(summary = "Accept a referral addressed to the caller's acting organisation")
  @Guarded(REFERRAL_DECIDE)
  public ReferralView accept(@PathParam("id") UUID id) {
    return referrals.accept(caller.get(), id);
  }

  @POST
  @Path("{id}/decline")
  @Operation(summary = "Decline a referral with a reason (a note when the reason is OTHER)")
  @Guarded(REFERRAL_DECIDE)
  public ReferralView decline(
      @PathParam("id") UUID id, @NotNull(message = "Give a reason") @Valid Decline decision) {
    return referrals.decline(caller.get(), id, decision);
  }
}
