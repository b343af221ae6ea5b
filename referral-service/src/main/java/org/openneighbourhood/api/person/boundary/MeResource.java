package org.openneighbourhood.api.person.boundary;

import static org.openneighbourhood.api.access.entity.Operation.ME_ACCESS_LOG;
import static org.openneighbourhood.api.access.entity.Operation.ME_CARE_TEAM;
import static org.openneighbourhood.api.access.entity.Operation.ME_CONSENTS;
import static org.openneighbourhood.api.access.entity.Operation.ME_CONSENT_WITHDRAW;
import static org.openneighbourhood.api.access.entity.Operation.ME_CONTACT;
import static org.openneighbourhood.api.access.entity.Operation.ME_PLAN;
import static org.openneighbourhood.api.access.entity.Operation.ME_READ;
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
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openneighbourhood.api.access.boundary.CurrentCaller;
import org.openneighbourhood.api.access.entity.Guarded;
import org.openneighbourhood.api.audit.boundary.AccessLogEntryView;
import org.openneighbourhood.api.audit.boundary.AccessLogs;
import org.openneighbourhood.api.plan.boundary.PlanView;
import org.openneighbourhood.api.plan.boundary.Plans;
import org.openneighbourhood.api.referral.boundary.NewMessage;
import org.openneighbourhood.api.referral.boundary.ReferralHttp;
import org.openneighbourhood.api.referral.boundary.ReferralView;
import org.openneighbourhood.api.referral.boundary.Referrals;
import org.openneighbourhood.api.referral.boundary.SelfReferral;
import org.openneighbourhood.api.referral.boundary.StatusUpdate;
import org.openneighbourhood.api.relationship.boundary.CareTeamMemberView;
import org.openneighbourhood.api.relationship.boundary.CareTeams;
import org.openneighbourhood.api.relationship.boundary.ConsentView;

/** The signed-in person's own record, matched by the NHS number in their token. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "A person's own record")
public class MeResource {

  @Inject People people;
  @Inject Plans plans;
  @Inject Referrals referrals;
  @Inject CareTeams careTeams;
  @Inject AccessLogs accessLogs;
  @Inject CurrentCaller caller;
  @Context UriInfo uriInfo;

  @GET
  @Operation(summary = "The signed-in person")
  @Guarded(ME_READ)
  public PersonView me() {
    return people.me(caller.get());
  }

  @GET
  @Path("plan")
  @Operation(summary = "The signed-in person's plan")
  @Guarded(ME_PLAN)
  public PlanView plan() {
    return plans.mine(caller.get());
  }

  @GET
  @Path("referrals")
  @Operation(summary = "Referrals about the signed-in person, newest first")
  @Guarded(ME_REFERRALS)
  public List<ReferralView> referrals() {
    return referrals.mine(caller.get());
  }

  @POST
  @Path("referrals")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Refer yourself to a service that takes self-referrals; a retry with the same"
              + " Idempotency-Key answers with the first one's referral")
  @APIResponse(
      responseCode = "201",
      description = "Sent; ETag is its version",
      content = @Content(schema = @Schema(ref = "ReferralView")))
  @APIResponse(
      responseCode = "200",
      description = "A retry: the first request's referral",
      content = @Content(schema = @Schema(ref = "ReferralView")))
  @Guarded(ME_REFER)
  public Response referSelf(
      @HeaderParam(ReferralHttp.IDEMPOTENCY_KEY) String idempotencyKey,
      @NotNull(message = "Choose a service and say what you would like help with") @Valid
          SelfReferral request) {
    return ReferralHttp.submitted(
        referrals.referSelf(caller.get(), request, idempotencyKey), uriInfo);
  }

  @POST
  @Path("referrals/{id}/withdraw")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Withdraw a referral about you: you no longer want it")
  @APIResponse(
      responseCode = "200",
      description = "The referral; ETag is its version",
      content = @Content(schema = @Schema(ref = "ReferralView")))
  @Guarded(ME_REFERRAL_WITHDRAW)
  public Response withdrawReferral(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid StatusUpdate update) {
    return ReferralHttp.ok(
        referrals.withdrawMine(caller.get(), id, ReferralHttp.version(ifMatch), update));
  }

  @POST
  @Path("referrals/{id}/messages")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Write a message on a referral about you (text, 1 to 1000 characters); the referrer and"
              + " the service are told by e-mail that there is one. A retry with the same"
              + " Idempotency-Key writes nothing and answers as the first did")
  @APIResponse(
      responseCode = "201",
      description = "Written; the referral with its timeline",
      content = @Content(schema = @Schema(ref = "ReferralView")))
  @APIResponse(
      responseCode = "200",
      description = "A retry: the referral as the first request left it",
      content = @Content(schema = @Schema(ref = "ReferralView")))
  @Guarded(ME_REFERRAL_MESSAGE)
  public Response message(
      @PathParam("id") UUID id,
      @HeaderParam(ReferralHttp.IDEMPOTENCY_KEY) String idempotencyKey,
      @NotNull(message = "Write a message") NewMessage message) {
    return ReferralHttp.submitted(
        referrals.writeMine(caller.get(), caller.email(), id, message, idempotencyKey), uriInfo);
  }

  @GET
  @Path("contact")
  @Operation(
      summary =
          "How the signed-in person wants news of their referrals: e-mail, texts (if this portal"
              + " offers them: textsOffered), both or neither")
  @Guarded(ME_READ)
  public ContactChoice contact() {
    return people.myContact(caller.get());
  }

  @PUT
  @Path("contact")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Choose e-mail updates or texts to a UK mobile number (07... or +447...) about your"
              + " referrals (a link only), both, or stop them; a bad number is a 400 naming mobile")
  @Guarded(ME_CONTACT)
  public ContactChoice chooseContact(
      @NotNull(message = "Say whether you want e-mail updates or texts") ContactChoice choice) {
    return people.chooseContact(caller.get(), choice);
  }

  @GET
  @Path("care-team")
  @Guarded(ME_CARE_TEAM)
  @Operation(summary = "Who is involved with the signed-in person, now and before")
  public List<CareTeamMemberView> careTeam() {
    return careTeams.myCareTeam(caller.get());
  }

  @GET
  @Path("consents")
  @Guarded(ME_CONSENTS)
  @Operation(summary = "Everything the signed-in person agreed to share, and with whom")
  public List<ConsentView> consents() {
    return careTeams.myConsents(caller.get());
  }

  @POST
  @Path("consents/organisations/{organisationId}/withdraw")
  @Guarded(ME_CONSENT_WITHDRAW)
  @Operation(
      summary = "Stop sharing with one organisation: every agreement with it is withdrawn, at once")
  public List<ConsentView> withdraw(@PathParam("organisationId") UUID organisationId) {
    return careTeams.withdraw(caller.get(), organisationId);
  }

  @GET
  @Path("access-log")
  @Guarded(ME_ACCESS_LOG)
  @Operation(summary = "Who looked at or changed the signed-in person's record, newest first")
  public List<AccessLogEntryView> accessLog() {
    return accessLogs.mine(caller.get());
  }
}
