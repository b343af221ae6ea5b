package org.openneighbourhood.api.audit.boundary;

import static org.openneighbourhood.api.access.entity.Operation.ORGANISATION_ACCESS_LOG;

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

/** What people acting for the caller's organisation looked at or changed. */
@Path("organisations/mine/access-log")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "Partner organisations")
public class OrganisationAccessLogResource {

  @Inject AccessLogs accessLogs;
  @Inject CurrentCaller caller;

  @GET
  @Guarded(ORGANISATION_ACCESS_LOG)
  @Operation(summary = "What people acting for the caller's organisation looked at or changed")
  public List<AccessLogEntryView> accessLog() {
    return accessLogs.organisation(caller.get());
  }
}
