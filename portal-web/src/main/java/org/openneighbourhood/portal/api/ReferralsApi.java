package org.openneighbourhood.portal.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/**
 * referral-service's REST API as the portal uses it, one client per resource: referrals between
 * organisations: sending, the lists, changes of status and messages; /referrals. Every call carries
 * the signed-in user's access token; errors arrive as {@link ApiProblemException}. Checked against
 * the API's OpenAPI document by ContractTest.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ReferralsApi {

  /** A retry with the same key answers with the referral the first attempt made. */
  @POST
  @Path("referrals")
  Referral sendReferral(
      @HeaderParam(ApiHeaders.IDEMPOTENCY_KEY) String idempotencyKey, NewReferral referral);

  /** A page of the referrals my organisation sent; read it with {@link Paged#read}. */
  @GET
  @Path("referrals/sent")
  Response sentReferrals(
      @QueryParam("status") List<String> statuses,
      @QueryParam("page") int page,
      @QueryParam("size") int size,
      @QueryParam("after") String after,
      @QueryParam("before") String before);

  /** A page of the referrals to my organisation; read it with {@link Paged#read}. */
  @GET
  @Path("referrals/inbox")
  Response inbox(
      @QueryParam("status") List<String> statuses,
      @QueryParam("page") int page,
      @QueryParam("size") int size,
      @QueryParam("after") String after,
      @QueryParam("before") String before);

  @GET
  @Path("referrals/{id}")
  Referral referral(@PathParam("id") UUID id);

  @POST
  @Path("referrals/{id}/send")
  Referral sendDraft(
      @PathParam("id") UUID id,
      @HeaderParam(ApiHeaders.IF_MATCH) String ifMatch,
      DraftSending sending);

  /** A retry with the same key writes nothing more and answers as the first attempt did. */
  @POST
  @Path("referrals/{id}/messages")
  Referral sendMessage(
      @PathParam("id") UUID id,
      @HeaderParam(ApiHeaders.IDEMPOTENCY_KEY) String idempotencyKey,
      NewMessage message);

  /**
   * A change of status: accept, waitlist, decline, start, complete, did-not-engage, withdraw or
   * entered-in-error. ifMatch is the version the user saw ({@link Versions}).
   */
  @POST
  @Path("referrals/{id}/{change}")
  Referral change(
      @PathParam("id") UUID id,
      @PathParam("change") String change,
      @HeaderParam(ApiHeaders.IF_MATCH) String ifMatch,
      StatusUpdate update);
}
