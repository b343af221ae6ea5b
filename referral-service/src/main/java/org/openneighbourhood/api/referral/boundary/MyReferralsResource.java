package org.openneighbourhood.api.referral.boundary;

import static org.openneighbourhood.api.access.entity.Operation.ME_REFER;
import static org.openneighbourhood.api.access.entity.Operation.ME_REFERRALS;
import static org.openneighbourhood.api.access.entity.Operation.ME_REFERRAL_MESSAGE;
import static org.openneighbourhood.api.access.entity.Operation.ME_REFERRAL_WITHDRAW;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.openneighbourhood.api.access.entity.Guarded;
import org.openneighbourhood.api.http.boundary.Answers;
import org.openneighbourhood.api.http.boundary.Versions;
import org.openneighbourhood.api.identity.boundary.CurrentCaller;

/**
 * Referrals about the signed-in person: theirs to read, withdraw, write on, and to make themselves
 * where a service takes self-referrals.
 */
@Path("me/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "A person's own record")
public class MyReferralsResource {

  @Inject Referrals referrals;
  @Inject CurrentCaller caller;
  @Context UriInfo uriInfo;

  @GET
  @Operation(summary = "Referrals about the signed-in person, newest first")
  @Guarded(ME_REFERRALS)
  public List<ReferralView> referrals() {
    return referrals.mine(caller.get());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Refer yourself to a service that takes self-referrals; a retry with the same"
              + " Idempotency-Key answers with the first one's referral")
  @Answers(
      value = ReferralView.class,
      status = 201,
      retry = true,
      description = "Sent; ETag is its version")
  @Guarded(ME_REFER)
  public Response referSelf(
      @HeaderParam(Versions.IDEMPOTENCY_KEY) String idempotencyKey,
      @NotNull(message = "Choose a service and say what you would like help with") @Valid
          SelfReferral request) {
    return ReferralHttp.submitted(
        referrals.referSelf(caller.get(), request, idempotencyKey), uriInfo);
  }

  @POST
  @Path("{id}/withdraw")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Withdraw a referral about you: you no longer want it")
  @Answers(ReferralView.class)
  @Guarded(ME_REFERRAL_WITHDRAW)
  public Response withdrawReferral(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid StatusUpdate update) {
    return ReferralHttp.ok(
        referrals.withdrawMine(caller.get(), id, Versions.ifMatch(ifMatch), update));
  }

  @POST
  @Path("{id}/messages")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Write a message on a referral about you (text, 1 to 1000 characters); the referrer and"
              + " the service are told by e-mail that there is one. A retry with the same"
              + " Idempotency-Key writes nothing and answers as the first did")
  @Answers(
      value = ReferralView.class,
      status = 201,
      retry = true,
      description = "Written; the referral with its timeline")
  @Guarded(ME_REFERRAL_MESSAGE)
  public Response message(
      @PathParam("id") UUID id,
      @HeaderParam(Versions.IDEMPOTENCY_KEY) String idempotencyKey,
      @NotNull(message = "Write a message") NewMessage message) {
    return ReferralHttp.submitted(
        referrals.writeMine(caller.get(), caller.email(), id, message, idempotencyKey), uriInfo);
  }
}
