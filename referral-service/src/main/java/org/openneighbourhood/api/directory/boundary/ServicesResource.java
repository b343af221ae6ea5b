package org.openneighbourhood.api.directory.boundary;

import static org.openneighbourhood.api.access.entity.Operation.DIRECTORY_LIST;
import static org.openneighbourhood.api.access.entity.Operation.SERVICE_CAPACITY;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openneighbourhood.api.access.boundary.CurrentCaller;
import org.openneighbourhood.api.access.entity.Guarded;

@Path("services")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory", description = "Community services partners can refer to")
public class ServicesResource {

  @Inject Directory directory;
  @Inject CurrentCaller caller;

  @GET
  @Operation(summary = "All services, ordered by organisation then name")
  @Guarded(DIRECTORY_LIST)
  public List<ServiceView> list() {
    return directory.list(caller.get());
  }

  @PUT
  @Path("{id}/capacity")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Declare a service's capacity (ACCEPTING, WAITLIST, or PAUSED until an optional day),"
              + " its most open referrals and whether people may refer themselves")
  @Guarded(SERVICE_CAPACITY)
  public ServiceView declareCapacity(
      @PathParam("id") UUID id,
      @NotNull(message = "Say what the service can take on") @Valid
          CapacityDeclaration declaration) {
    return directory.declareCapacity(caller.get(), id, declaration);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One service")
  @Guarded(DIRECTORY_LIST)
  public ServiceView get(@PathParam("id") UUID id) {
    return directory.get(caller.get(), id);
  }
}
