package org.openneighbourhood.portal.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/**
 * referral-service's REST API as the portal uses it. Every call carries the signed-in user's access
 * token; errors arrive as {@link ApiProblemException}.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ReferralApi {

  String IF_MATCH = "If-Match";
  String IDEMPOTENCY_KEY = "Idempotency-Key";

  /** Every service, or one organisation's; to find services among many, searchServices. */
  @GET
  @Path("services")
  List<Service> services(@QueryParam("organisation") UUID organisation);

  /** A page of a directory search; read it with {@link Paged#read}. */
  @GET
  @Path("services/search")
  Response searchServices(
      @QueryParam("q") String q,
      @QueryParam("category") String category,
      @QueryParam("accepting") String accepting,
      @QueryParam("selfReferral") String selfReferral,
      @QueryParam("age") String age,
      @QueryParam("postcode") String postcode,
      @QueryParam("page") int page,
      @QueryParam("size") int size);

  @GET
  @Path("services/categories")
  List<Category> serviceCategories();

  @PUT
  @Path("services/{id}")
  Service describeService(@PathParam("id") UUID id, ServiceEntry entry);

  @POST
  @Path("services")
  Service addService(ServiceEntry entry);

  @POST
  @Path("services/{id}/confirm")
  Service confirmService(@PathParam("id") UUID id);

  @POST
  @Path("services/{id}/retire")
  Service retireService(@PathParam("id") UUID id);

  @GET
  @Path("people")
  Person findPerson(@QueryParam("nhsNumber") String nhsNumber);

  @POST
  @Path("people")
  Person registerPerson(NewPerson person);

  @GET
  @Path("people/{id}")
  Person person(@PathParam("id") UUID id);

  @POST
  @Path("people/{id}/safeguarding-notes")
  Person addSafeguardingNote(@PathParam("id") UUID personId, NewSafeguardingNote note);

  @GET
  @Path("people/{id}/plan")
  Plan plan(@PathParam("id") UUID personId);

  /** Every change of an existing part of a plan sends the version the user saw as ifMatch. */
  @PUT
  @Path("people/{id}/plan/about-me")
  Plan saveAboutMe(
      @PathParam("id") UUID personId, @HeaderParam(IF_MATCH) String ifMatch, AboutMeText aboutMe);

  @POST
  @Path("people/{id}/plan/goals")
  Plan addGoal(@PathParam("id") UUID personId, NewGoal goal);

  @PUT
  @Path("people/{id}/plan/goals/{goalId}")
  Plan updateGoal(
      @PathParam("id") UUID personId,
      @PathParam("goalId") UUID goalId,
      @HeaderParam(IF_MATCH) String ifMatch,
      GoalUpdate goal);

  @POST
  @Path("people/{id}/plan/goals/{goalId}/actions")
  Plan addAction(
      @PathParam("id") UUID personId, @PathParam("goalId") UUID goalId, NewAction action);

  @PUT
  @Path("people/{id}/plan/actions/{actionId}")
  Plan updateAction(
      @PathParam("id") UUID personId,
      @PathParam("actionId") UUID actionId,
      @HeaderParam(IF_MATCH) String ifMatch,
      ActionUpdate action);

  @POST
  @Path("people/{id}/plan/notes")
  Plan addNote(@PathParam("id") UUID personId, NewNote note);

  @PUT
  @Path("people/{id}/plan/review")
  Plan saveReview(
      @PathParam("id") UUID personId, @HeaderParam(IF_MATCH) String ifMatch, ReviewUpdate review);

  @PUT
  @Path("people/{id}/plan/contingency")
  Plan saveContingency(
      @PathParam("id") UUID personId,
      @HeaderParam(IF_MATCH) String ifMatch,
      ContingencyText contingency);

  @POST
  @Path("people/{id}/plan/wellbeing")
  Plan recordWellbeing(@PathParam("id") UUID personId, NewWellbeing scores);

  /** A page of the plan's history, newest first; read it with {@link Paged#read}. */
  @GET
  @Path("people/{id}/plan/history")
  Response planHistory(
      @PathParam("id") UUID personId, @QueryParam("page") int page, @QueryParam("size") int size);

  @GET
  @Path("services/{id}")
  Service service(@PathParam("id") UUID id);

  @GET
  @Path("services/{id}/places")
  List<PlaceEntry> places(@PathParam("id") UUID id);

  /** The whole list of places: those left out are no longer where the service is given. */
  @PUT
  @Path("services/{id}/places")
  List<PlaceEntry> relocateService(@PathParam("id") UUID id, List<PlaceEntry> places);

  @GET
  @Path("services/{id}/opening-times")
  List<OpeningTimeEntry> openingTimes(@PathParam("id") UUID id);

  /** The whole list of opening times. */
  @PUT
  @Path("services/{id}/opening-times")
  List<OpeningTimeEntry> rescheduleService(@PathParam("id") UUID id, List<OpeningTimeEntry> times);

  @PUT
  @Path("services/{id}/capacity")
  Service declareCapacity(@PathParam("id") UUID id, CapacityDeclaration declaration);

  /** A retry with the same key answers with the referral the first attempt made. */
  @POST
  @Path("referrals")
  Referral sendReferral(@HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, NewReferral referral);

  /** A page of my organisation's caseload; read it with {@link Paged#read}. */
  @GET
  @Path("caseload")
  Response caseload(
      @QueryParam("page") int page,
      @QueryParam("size") int size,
      @QueryParam("after") String after,
      @QueryParam("before") String before);

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
      @PathParam("id") UUID id, @HeaderParam(IF_MATCH) String ifMatch, DraftSending sending);

  /** A retry with the same key writes nothing more and answers as the first attempt did. */
  @POST
  @Path("referrals/{id}/messages")
  Referral sendMessage(
      @PathParam("id") UUID id,
      @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
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
      @HeaderParam(IF_MATCH) String ifMatch,
      StatusUpdate update);

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
  Referral referMyself(@HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, SelfReferral referral);

  @POST
  @Path("me/referrals/{id}/messages")
  Referral sendMyMessage(
      @PathParam("id") UUID id,
      @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
      NewMessage message);

  @POST
  @Path("me/referrals/{id}/withdraw")
  Referral withdrawMine(
      @PathParam("id") UUID id, @HeaderParam(IF_MATCH) String ifMatch, StatusUpdate update);

  @GET
  @Path("me/contact")
  ContactChoice myContact();

  @PUT
  @Path("me/contact")
  ContactChoice chooseContact(ContactChoice choice);

  @GET
  @Path("organisations/mine/staff/me/contact")
  StaffContactChoice myStaffContact();

  @PUT
  @Path("organisations/mine/staff/me/contact")
  StaffContactChoice chooseStaffContact(StaffContactChoice choice);

  @GET
  @Path("people/{id}/care-team")
  List<CareTeamMember> careTeam(@PathParam("id") UUID personId);

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

  @GET
  @Path("organisations/mine/access-log")
  List<AccessLogEntry> organisationAccessLog();

  @POST
  @Path("people/{id}/care-team")
  List<CareTeamMember> addToCareTeam(@PathParam("id") UUID personId, NewCareTeamMember member);

  @POST
  @Path("people/{id}/care-team/{memberId}/end")
  List<CareTeamMember> endCareTeamMembership(
      @PathParam("id") UUID personId, @PathParam("memberId") UUID memberId);

  @GET
  @Path("organisations")
  List<Organisation> organisations();

  @GET
  @Path("organisations/mine")
  List<Organisation> myOrganisations();

  @POST
  @Path("organisations")
  Organisation onboard(NewOrganisation organisation);

  @GET
  @Path("organisations/mine/staff")
  List<StaffMember> staff();

  @GET
  @Path("organisations/mine/staff/roles")
  StaffRoles staffRoles();

  @POST
  @Path("organisations/mine/staff")
  StaffMember invite(NewStaffMember member);

  @POST
  @Path("organisations/mine/staff/{userId}/deactivate")
  StaffMember deactivate(@PathParam("userId") String userId);
}
