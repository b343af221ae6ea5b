package org.openneighbourhood.portal.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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

  @GET
  @Path("services")
  List<Service> services();

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

  @PUT
  @Path("people/{id}/plan/what-matters")
  Plan saveWhatMatters(@PathParam("id") UUID personId, WhatMatters whatMatters);

  @POST
  @Path("people/{id}/plan/goals")
  Plan addGoal(@PathParam("id") UUID personId, NewGoal goal);

  @POST
  @Path("referrals")
  Referral sendReferral(NewReferral referral);

  @GET
  @Path("referrals/sent")
  List<Referral> sentReferrals();

  @GET
  @Path("referrals/inbox")
  List<Referral> inbox();

  @GET
  @Path("referrals/{id}")
  Referral referral(@PathParam("id") UUID id);

  @POST
  @Path("referrals/{id}/accept")
  Referral accept(@PathParam("id") UUID id);

  @POST
  @Path("referrals/{id}/decline")
  Referral decline(@PathParam("id") UUID id, Decline decline);

  @GET
  @Path("me")
  Person me();

  @GET
  @Path("me/plan")
  Plan myPlan();

  @GET
  @Path("me/referrals")
  List<Referral> myReferrals();

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
