package org.openneighbourhood.api.referral.boundary;

import static org.openneighbourhood.api.access.entity.Operation.REFERRAL_DECIDE;
import static org.openneighbourhood.api.access.entity.Operation.REFERRAL_EDIT_DRAFT;
import static org.openneighbourhood.api.access.entity.Operation.REFERRAL_ENTERED_IN_ERROR;
import static org.openneighbourhood.api.access.entity.Operation.REFERRAL_LIST_INBOX;
import static org.openneighbourhood.api.access.entity.Operation.REFERRAL_LIST_SENT;
import static org.openneighbourhood.api.access.entity.Operation.REFERRAL_MESSAGE;
import static org.openneighbourhood.api.access.entity.Operation.REFERRAL_READ;
import static org.openneighbourhood.api.access.entity.Operation.REFERRAL_SEND;
import static org.openneighbourhood.api.access.entity.Operation.REFERRAL_UPDATE;
import static org.openneighbourhood.api.access.entity.Operation.REFERRAL_WITHDRAW;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openneighbourhood.api.access.entity.Guarded;
import org.openneighbourhood.api.http.boundary.Answers;
import org.openneighbourhood.api.http.boundary.Versions;
import org.openneighbourhood.api.identity.boundary.CurrentCaller;
import org.openneighbourhood.api.referral.boundary.Referrals.Submitted;

@Path("referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals", description = "Referrals between partner organisations")
// One resource for the collection and its items (no sub-resource locator), so that every
// operation is found by the OpenAPI scan and names its own access policy operation (@Guarded).
// Every change of a referral takes the version it changes in If-Match (the ETag of a read).
public class ReferralsResource {

  @Inject Referrals referrals;
  @Inject CurrentCaller caller;
  @Context UriInfo uriInfo;

  @POST
  @Operation(
      summary =
          "Send a referral (or keep a draft) on behalf of the caller's acting organisation; a"
              + " retry with the same Idempotency-Key answers with the first one's referral")
  @Answers(
      value = ReferralView.class,
      status = 201,
      retry = true,
      description = "Sent (or kept as a draft); ETag is its version")
  @Guarded(REFERRAL_SEND)
  public Response send(
      @HeaderParam(Versions.IDEMPOTENCY_KEY) String idempotencyKey,
      @NotNull(message = "Send a referral") @Valid NewReferral request) {
    Submitted submitted = referrals.send(caller.get(), caller.email(), request, idempotencyKey);
    return ReferralHttp.submitted(submitted, uriInfo);
  }

  @GET
  @Path("sent")
  @Operation(
      summary =
          "Referrals sent by the caller's acting organisation: waiting ones by deadline, then in"
              + " hand, then closed; filter by status, paged (X-Total-Count up to 1,000, X-Total-Count-Capped, Link rel next/prev with"
              + " the position to start from)")
  @Answers(value = ReferralView.class, page = true)
  @Guarded(REFERRAL_LIST_SENT)
  public Response sent(
      @QueryParam("status") List<String> statuses,
      @QueryParam("page") @DefaultValue("1") String page,
      @QueryParam("size") @DefaultValue("25") String size,
      @QueryParam("after") String after,
      @QueryParam("before") String before) {
    ReferralHttp.ListQuery paging = ReferralHttp.query(statuses, page, size, after, before);
    ListPage list = referrals.sent(caller.get(), paging.statuses(), paging.request());
    return ReferralHttp.page(list, uriInfo);
  }

  @GET
  @Path("inbox")
  @Operation(
      summary =
          "Referrals to the caller's acting organisation's services: waiting ones by deadline,"
              + " then in hand, then closed; filter by status, paged (X-Total-Count up to 1,000, X-Total-Count-Capped, Link rel next/prev with"
              + " the position to start from)")
  @Answers(value = ReferralView.class, page = true)
  @Guarded(REFERRAL_LIST_INBOX)
  public Response inbox(
      @QueryParam("status") List<String> statuses,
      @QueryParam("page") @DefaultValue("1") String page,
      @QueryParam("size") @DefaultValue("25") String size,
      @QueryParam("after") String after,
      @QueryParam("before") String before) {
    ReferralHttp.ListQuery paging = ReferralHttp.query(statuses, page, size, after, before);
    ListPage list = referrals.inbox(caller.get(), paging.statuses(), paging.request());
    return ReferralHttp.page(list, uriInfo);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A referral, for staff of the referring or receiving organisation")
  @Answers(ReferralView.class)
  @Guarded(REFERRAL_READ)
  public Response get(@PathParam("id") UUID id) {
    return ReferralHttp.ok(referrals.get(caller.get(), id));
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Change a draft's reason and urgency")
  @Answers(ReferralView.class)
  @Guarded(REFERRAL_EDIT_DRAFT)
  public Response editDraft(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull(message = "Send the draft's reason and urgency") @Valid DraftChange change) {
    return ReferralHttp.ok(
        referrals.editDraft(caller.get(), id, Versions.ifMatch(ifMatch), change));
  }

  @POST
  @Path("{id}/send")
  @Operation(summary = "Send a draft (consentToShare must be true)")
  @Answers(ReferralView.class)
  @Guarded(REFERRAL_EDIT_DRAFT)
  public Response sendDraft(
      @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, Consent consent) {
    return ReferralHttp.ok(
        referrals.sendDraft(
            caller.get(),
            id,
            Versions.ifMatch(ifMatch),
            consent == null ? null : consent.consentToShare,
            consent == null ? null : consent.until,
            consent == null ? null : consent.untilReferralEnds));
  }

  @POST
  @Path("{id}/accept")
  @Operation(summary = "Accept a referral: the organisation joins the person's care team")
  @Answers(ReferralView.class)
  @Guarded(REFERRAL_DECIDE)
  public Response accept(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid StatusUpdate update) {
    return ReferralHttp.ok(referrals.accept(caller.get(), id, Versions.ifMatch(ifMatch), update));
  }

  @POST
  @Path("{id}/waitlist")
  @Operation(summary = "Put a referral on the waiting list: accepted, but no room yet")
  @Answers(ReferralView.class)
  @Guarded(REFERRAL_DECIDE)
  public Response waitlist(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid StatusUpdate update) {
    return ReferralHttp.ok(referrals.waitlist(caller.get(), id, Versions.ifMatch(ifMatch), update));
  }

  @POST
  @Path("{id}/decline")
  @Operation(summary = "Decline a referral with a coded reason (a note when the reason is OTHER)")
  @Answers(ReferralView.class)
  @Guarded(REFERRAL_DECIDE)
  public Response decline(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull(message = "Give a reason") @Valid StatusUpdate update) {
    return ReferralHttp.ok(referrals.decline(caller.get(), id, Versions.ifMatch(ifMatch), update));
  }

  @POST
  @Path("{id}/start")
  @Operation(summary = "Record that work with the person has started")
  @Answers(ReferralView.class)
  @Guarded(REFERRAL_UPDATE)
  public Response start(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid StatusUpdate update) {
    return ReferralHttp.ok(referrals.start(caller.get(), id, Versions.ifMatch(ifMatch), update));
  }

  @POST
  @Path("{id}/complete")
  @Operation(summary = "Complete a referral, saying what came of it (outcome)")
  @Answers(ReferralView.class)
  @Guarded(REFERRAL_UPDATE)
  public Response complete(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull(message = "Say what came of the referral") @Valid StatusUpdate update) {
    return ReferralHttp.ok(referrals.complete(caller.get(), id, Versions.ifMatch(ifMatch), update));
  }

  @POST
  @Path("{id}/did-not-engage")
  @Operation(summary = "Close a referral the person did not take up")
  @Answers(ReferralView.class)
  @Guarded(REFERRAL_UPDATE)
  public Response didNotEngage(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid StatusUpdate update) {
    return ReferralHttp.ok(
        referrals.didNotEngage(caller.get(), id, Versions.ifMatch(ifMatch), update));
  }

  @POST
  @Path("{id}/withdraw")
  @Operation(summary = "Withdraw a referral the caller's organisation sent")
  @Answers(ReferralView.class)
  @Guarded(REFERRAL_WITHDRAW)
  public Response withdraw(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid StatusUpdate update) {
    return ReferralHttp.ok(referrals.withdraw(caller.get(), id, Versions.ifMatch(ifMatch), update));
  }

  @POST
  @Path("{id}/entered-in-error")
  @Operation(summary = "Mark a referral the caller's organisation made as never valid (note)")
  @Answers(ReferralView.class)
  @Guarded(REFERRAL_ENTERED_IN_ERROR)
  public Response enteredInError(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull(message = "Say why the referral was entered in error") @Valid StatusUpdate update) {
    return ReferralHttp.ok(
        referrals.enteredInError(caller.get(), id, Versions.ifMatch(ifMatch), update));
  }

  @POST
  @Path("{id}/messages")
  @Operation(
      summary =
          "Write a message on a referral the caller's organisation sent or received (text, 1 to"
              + " 1000 characters); the other parties are told by e-mail that there is one. A"
              + " retry with the same Idempotency-Key writes nothing and answers as the first did")
  @Answers(
      value = ReferralView.class,
      status = 201,
      retry = true,
      description = "Written; the referral with its timeline")
  @Guarded(REFERRAL_MESSAGE)
  public Response message(
      @PathParam("id") UUID id,
      @HeaderParam(Versions.IDEMPOTENCY_KEY) String idempotencyKey,
      @NotNull(message = "Write a message") NewMessage message) {
    return ReferralHttp.submitted(
        referrals.write(caller.get(), caller.email(), id, message, idempotencyKey), uriInfo);
  }

  /** The body of POST /referrals/{id}/send. */
  public static class Consent {
    public Boolean consentToShare;

    /** The last day the person agreed to share until (optional; see {@link NewReferral#until}). */
    public LocalDate until;

    /** True when the person agreed to share only until the referral ends (optional). */
    public Boolean untilReferralEnds;
  }
}
