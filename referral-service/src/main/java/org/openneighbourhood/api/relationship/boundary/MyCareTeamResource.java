package org.openneighbourhood.api.relationship.boundary;

import static org.openneighbourhood.api.access.entity.Operation.ME_CARE_TEAM;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openneighbourhood.api.access.entity.Guarded;
import org.openneighbourhood.api.identity.boundary.CurrentCaller;

/** Who is involved with the signed-in person, now and before. */
@Path("me/care-team")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "A person's own record")
public class MyCareTeamResource {

  @Inject CareTeams careTeams;
  @Inject CurrentCaller caller;

  @GET
  @Guarded(ME_CARE_TEAM)
  @Operation(summary = "Who is involved with the signed-in person, now and before")
  public List<CareTeamMemberView> careTeam() {
    return careTeams.myCareTeam(caller.get());
  }
}
