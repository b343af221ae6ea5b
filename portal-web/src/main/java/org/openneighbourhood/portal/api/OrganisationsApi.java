package org.openneighbourhood.portal.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/**
 * referral-service's REST API as the portal uses it, one client per resource: organisations, their
 * staff and their access log; /organisations. Every call carries the signed-in user's access token;
 * errors arrive as {@link ApiProblemException}. Checked against the API's OpenAPI document by
 * ContractTest.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface OrganisationsApi {

  @GET
  @Path("organisations/mine/access-log")
  List<AccessLogEntry> organisationAccessLog();

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
  @Path("organisations/areas")
  List<Area> areas();

  @PUT
  @Path("organisations/{id}/pcn")
  Organisation changePcn(@PathParam("id") UUID id, PcnChoice choice);

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

  @GET
  @Path("organisations/mine/staff/me/contact")
  StaffContactChoice myStaffContact();

  @PUT
  @Path("organisations/mine/staff/me/contact")
  StaffContactChoice chooseStaffContact(StaffContactChoice choice);
}
