package org.openneighbourhood.api.relationship.boundary;

import static org.openneighbourhood.api.access.entity.Operation.CARE_TEAM_ADD;
import static org.openneighbourhood.api.access.entity.Operation.CARE_TEAM_END;
import static org.openneighbourhood.api.access.entity.Operation.CARE_TEAM_READ;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openneighbourhood.api.access.entity.Guarded;
import org.openneighbourhood.api.identity.boundary.CurrentCaller;

/** The organisations involved in a person's care, under their record. */
@Path("people/{id}/care-team")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "People and their care teams")
public class CareTeamResource {

  @Inject CareTeams careTeams;
  @Inject CurrentCaller caller;

  @GET
  @Guarded(CARE_TEAM_READ)
  @Operation(summary = "The organisations involved with the person, now and before")
  public List<CareTeamMemberView> careTeam(@PathParam("id") UUID id) {
    return careTeams.careTeam(caller.get(), id);
  }

  @POST
  @Guarded(CARE_TEAM_ADD)
  @Operation(summary = "Add an organisation to the person's care team, with their agreement")
  public List<CareTeamMemberView> addToCareTeam(
      @PathParam("id") UUID id,
      @NotNull(message = "Send the organisation") @Valid NewCareTeamMember member) {
    return careTeams.add(caller.get(), id, member);
  }

  @POST
  @Path("{memberId}/end")
  @Guarded(CARE_TEAM_END)
  @Operation(summary = "End an organisation's membership of the person's care team")
  public List<CareTeamMemberView> endCareTeamMembership(
      @PathParam("id") UUID id, @PathParam("memberId") UUID memberId) {
    return careTeams.end(caller.get(), id, memberId);
  }
}
