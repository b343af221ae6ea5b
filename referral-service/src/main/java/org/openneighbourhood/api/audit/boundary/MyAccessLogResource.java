package org.openneighbourhood.api.audit.boundary;

import static org.openneighbourhood.api.access.entity.Operation.ME_ACCESS_LOG;

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

/** Who looked at or changed the signed-in person's record. */
@Path("me/access-log")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "A person's own record")
public class MyAccessLogResource {

  @Inject AccessLogs accessLogs;
  @Inject CurrentCaller caller;

  @GET
  @Guarded(ME_ACCESS_LOG)
  @Operation(summary = "Who looked at or changed the signed-in person's record, newest first")
  public List<AccessLogEntryView> accessLog() {
    return accessLogs.mine(caller.get());
  }
}
