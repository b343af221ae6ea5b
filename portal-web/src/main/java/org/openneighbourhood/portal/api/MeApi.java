package org.openneighbourhood.portal.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/**
 * referral-service's REST API as the portal uses it, one client per resource: the signed-in
 * person's own record, plan, referrals, contact, ethnic group, sex, care team, consents and access
 * log; /me. Every call carries the signed-in user's access token; errors arrive as {@link
 * ApiProblemException}. Checked against the API's OpenAPI document by ContractTest.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface MeApi {

  @GET
  @Path("me")
  Person me();

  @GET
  @Path("me/plan")
  Plan myPlan();

  @GET
  @Path("me/referrals")
  List<Referral> myReferrals();

  @POST
  @Path("me/referrals")
  Referral referMyself(
      @HeaderParam(ApiHeaders.IDEMPOTENCY_KEY) String idempotencyKey, SelfReferral referral);

  @POST
  @Path("me/referrals/{id}/messages")
  Referral sendMyMessage(
      @PathParam("id") UUID id,
      @HeaderParam(ApiHeaders.IDEMPOTENCY_KEY) String idempotencyKey,
      NewMessage message);

  @POST
  @Path("me/referrals/{id}/withdraw")
  Referral withdrawMine(
      @PathParam("id") UUID id,
      @HeaderParam(ApiHeaders.IF_MATCH) String ifMatch,
      StatusUpdate update);

  @GET
  @Path("me/contact")
  ContactChoice myContact();

  @PUT
  @Path("me/contact")
  ContactChoice chooseContact(ContactChoice choice);

  @PUT
  @Path("me/ethnicity")
  Person stateMyEthnicity(@HeaderParam(ApiHeaders.IF_MATCH) String ifMatch, EthnicityChoice choice);

  @DELETE
  @Path("me/ethnicity")
  Person clearMyEthnicity(@HeaderParam(ApiHeaders.IF_MATCH) String ifMatch);

  @PUT
  @Path("me/sex")
  Person stateMySex(@HeaderParam(ApiHeaders.IF_MATCH) String ifMatch, SexChoice choice);

  @DELETE
  @Path("me/sex")
  Person clearMySex(@HeaderParam(ApiHeaders.IF_MATCH) String ifMatch);

  @GET
  @Path("me/care-team")
  List<CareTeamMember> myCareTeam();

  @GET
  @Path("me/consents")
  List<Consent> myConsents();

  @POST
  @Path("me/consents/organisations/{organisationId}/withdraw")
  List<Consent> stopSharingWith(@PathParam("organisationId") UUID organisationId);

  @GET
  @Path("me/access-log")
  List<AccessLogEntry> myAccessLog();
}
