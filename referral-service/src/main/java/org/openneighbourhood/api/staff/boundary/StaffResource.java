package org.openneighbourhood.api.staff.boundary;

import static org.openneighbourhood.api.access.entity.Operation.STAFF_CONTACT;
import static org.openneighbourhood.api.access.entity.Operation.STAFF_CONTACT_READ;
import static org.openneighbourhood.api.access.entity.Operation.STAFF_DEACTIVATE;
import static org.openneighbourhood.api.access.entity.Operation.STAFF_INVITE;
import static org.openneighbourhood.api.access.entity.Operation.STAFF_LIST;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openneighbourhood.api.access.entity.Guarded;
import org.openneighbourhood.api.http.boundary.Answers;
import org.openneighbourhood.api.identity.boundary.CurrentCaller;

/**
 * The people of the organisation the caller acts for, managed by its admin; and each staff member's
 * own choice of texts ({@code me/contact}).
 */
@Path("organisations/mine/staff")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff", description = "An organisation's own people")
public class StaffResource {

  @Inject Staff staff;
  @Inject StaffContacts contacts;
  @Inject CurrentCaller caller;

  @GET
  @Guarded(STAFF_LIST)
  @Operation(summary = "Everyone in the organisation, active or not, with their roles")
  public List<StaffMemberView> list() {
    return staff.list(caller.get());
  }

  @GET
  @Path("roles")
  @Guarded(STAFF_LIST)
  @Operation(summary = "The roles this kind of organisation may give its staff")
  public RolesView roles() {
    return staff.roles(caller.get());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Answers(
      value = StaffMemberView.class,
      status = 201,
      description = "Invited; an e-mail with a link to set a password is on its way")
  @Guarded(STAFF_INVITE)
  @Operation(summary = "Invite someone by e-mail, with roles this kind of organisation may give")
  public Response invite(
      @NotNull(message = "Send who to invite") @Valid NewStaffMember invitation) {
    return Response.status(Response.Status.CREATED)
        .entity(staff.invite(caller.get(), invitation))
        .build();
  }

  @GET
  @Path("me/contact")
  @Guarded(STAFF_CONTACT_READ)
  @Operation(
      summary =
          "Whether the signed-in staff member wants texts, and whether this portal sends any"
              + " (textsOffered)")
  public StaffContactChoice myContact() {
    return contacts.mine(caller.get());
  }

  @PUT
  @Path("me/contact")
  @Consumes(MediaType.APPLICATION_JSON)
  @Guarded(STAFF_CONTACT)
  @Operation(
      summary =
          "Choose texts to a UK mobile number (07... or +447...) of what you sent and of what"
              + " comes to the organisation you act for (a link only), or stop them; a bad number"
              + " is a 400 naming mobile")
  public StaffContactChoice chooseContact(
      @NotNull(message = "Say whether you want texts") StaffContactChoice choice) {
    return contacts.choose(caller.get(), caller.email(), choice);
  }

  @POST
  @Path("{userId}/deactivate")
  @Guarded(STAFF_DEACTIVATE)
  @Operation(summary = "Someone left: end their membership and every session they have")
  public StaffMemberView deactivate(@PathParam("userId") String userId) {
    return staff.deactivate(caller.get(), userId);
  }
}
