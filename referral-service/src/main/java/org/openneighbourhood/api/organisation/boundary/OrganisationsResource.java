package org.openneighbourhood.api.organisation.boundary;

import static org.openneighbourhood.api.access.entity.Operation.DIRECTORY_LIST;
import static org.openneighbourhood.api.access.entity.Operation.ORGANISATION_AREAS;
import static org.openneighbourhood.api.access.entity.Operation.ORGANISATION_MINE;
import static org.openneighbourhood.api.access.entity.Operation.ORGANISATION_ONBOARD;
import static org.openneighbourhood.api.access.entity.Operation.ORGANISATION_PCN;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openneighbourhood.api.access.entity.Guarded;
import org.openneighbourhood.api.http.boundary.Answers;
import org.openneighbourhood.api.identity.boundary.CurrentCaller;

/** The neighbourhood's partner organisations, and the caller's own. */
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "Partner organisations")
public class OrganisationsResource {

  @Inject Organisations organisations;
  @Inject Onboarding onboarding;
  @Inject CurrentCaller caller;

  @GET
  @Guarded(DIRECTORY_LIST)
  @Operation(summary = "Every partner organisation of the neighbourhood, by name")
  public List<OrganisationView> list() {
    return organisations.list(caller.get());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Guarded(ORGANISATION_ONBOARD)
  @Operation(
      summary = "A partner organisation joins the neighbourhood, and its first admin is invited")
  @Answers(
      value = OrganisationView.class,
      status = 201,
      description = "Onboarded; its first admin is invited")
  public Response onboard(
      @NotNull(message = "Send the organisation's details") @Valid NewOrganisation request) {
    OrganisationView created = onboarding.onboard(caller.get(), request);
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @GET
  @Path("mine")
  @Guarded(ORGANISATION_MINE)
  @Operation(summary = "The organisations the caller belongs to and may act for")
  public List<OrganisationView> mine() {
    return organisations.mine(caller.get());
  }

  @GET
  @Path("areas")
  @Guarded(ORGANISATION_AREAS)
  @Operation(
      summary = "The neighbourhood's areas: one per primary care network (PCN), by name",
      description = "What reports are filtered by; an organisation's pcn names one of them.")
  public List<AreaView> areas() {
    return organisations.areas(caller.get());
  }

  @PUT
  @Path("{id}/pcn")
  @Consumes(MediaType.APPLICATION_JSON)
  @Guarded(ORGANISATION_PCN)
  @Operation(
      summary = "Puts an organisation in the area of a primary care network, or in none",
      description = "A pcnId that is not a PCN's is refused with a field error on pcnId.")
  public OrganisationView changePcn(
      @PathParam("id") UUID id,
      @NotNull(message = "Send the primary care network, or null for none") @Valid
          PcnChoice choice) {
    return organisations.changePcn(caller.get(), id, choice);
  }
}
