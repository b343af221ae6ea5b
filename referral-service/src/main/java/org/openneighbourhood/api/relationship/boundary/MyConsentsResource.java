package org.openneighbourhood.api.relationship.boundary;

import static org.openneighbourhood.api.access.entity.Operation.ME_CONSENTS;
import static org.openneighbourhood.api.access.entity.Operation.ME_CONSENT_WITHDRAW;

import jakarta.inject.Inject;
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

/** What the signed-in person agreed to share, and stopping it for an organisation. */
@Path("me/consents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "A person's own record")
public class MyConsentsResource {

  @Inject CareTeams careTeams;
  @Inject CurrentCaller caller;

  @GET
  @Guarded(ME_CONSENTS)
  @Operation(summary = "Everything the signed-in person agreed to share, and with whom")
  public List<ConsentView> consents() {
    return careTeams.myConsents(caller.get());
  }

  @POST
  @Path("organisations/{organisationId}/withdraw")
  @Guarded(ME_CONSENT_WITHDRAW)
  @Operation(
      summary = "Stop sharing with one organisation: every agreement with it is withdrawn, at once")
  public List<ConsentView> withdraw(@PathParam("organisationId") UUID organisationId) {
    return careTeams.withdraw(caller.get(), organisationId);
  }
}
