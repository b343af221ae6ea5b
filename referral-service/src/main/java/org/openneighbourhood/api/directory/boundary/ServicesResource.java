package org.openneighbourhood.api.directory.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openneighbourhood.api.access.boundary.CurrentCaller;
import org.openneighbourhood.api.access.entity.Role;

@Path("services")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory", description = "Community services partners can refer to")
@RolesAllowed({
  Role.LINK_WORKER,
  Role.GP_STAFF,
  Role.SOCIAL_CARE,
  Role.VCFSE_STAFF,
  Role.ORG_ADMIN,
  Role.COMMISSIONER,
  Role.PERSON,
  Role.PLATFORM_ADMIN
})
public class ServicesResource {

  @Inject Directory directory;
  @Inject CurrentCaller caller;

  @GET
  @Operation(summary = "All services, ordered by organisation then name")
  public List<ServiceView> list() {
    return directory.list(caller.get());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One service")
  public ServiceView get(@PathParam("id") UUID id) {
    return directory.get(caller.get(), id);
  }
}
