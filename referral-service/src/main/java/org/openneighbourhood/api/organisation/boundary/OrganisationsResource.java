package org.openneighbourhood.api.organisation.boundary;

import static org.openneighbourhood.api.access.entity.Operation.DIRECTORY_LIST;
import static org.openneighbourhood.api.access.entity.Operation.ORGANISATION_ACCESS_LOG;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openneighbourhood.api.access.boundary.CurrentCaller;
import org.openneighbourhood.api.access.entity.Guarded;
import org.openneighbourhood.api.audit.boundary.AccessLogEntryView;
import org.openneighbourhood.api.audit.boundary.AccessLogs;

/** The neighbourhood's partner organisations, and the caller's own. */
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "Partner organisations")
public class OrganisationsResource {

  @Inject AccessLogs accessLogs;
  @Inject Organisations organisations;
  @Inject CurrentCaller caller;

  @GET
  @Guarded(DIRECTORY_LIST)
  @Operation(summary = "Every partner organisation of the neighbourhood, by name")
  public List<OrganisationView> list() {
    return organisations.list(caller.get());
  }

  @GET
  @Path("mine/access-log")
  @Guarded(ORGANISATION_ACCESS_LOG)
  @Operation(summary = "What people acting for the caller's organisation looked at or changed")
  public List<AccessLogEntryView> accessLog() {
    return accessLogs.organisation(caller.get());
  }
}
