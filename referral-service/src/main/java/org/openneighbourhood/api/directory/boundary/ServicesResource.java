package org.openneighbourhood.api.directory.boundary;

import static org.openneighbourhood.api.access.entity.Operation.DIRECTORY_LIST;
import static org.openneighbourhood.api.access.entity.Operation.SERVICE_CAPACITY;
import static org.openneighbourhood.api.access.entity.Operation.SERVICE_CONFIRM;
import static org.openneighbourhood.api.access.entity.Operation.SERVICE_CREATE;
import static org.openneighbourhood.api.access.entity.Operation.SERVICE_EDIT;
import static org.openneighbourhood.api.access.entity.Operation.SERVICE_RETIRE;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openneighbourhood.api.access.entity.Guarded;
import org.openneighbourhood.api.http.boundary.Answers;
import org.openneighbourhood.api.http.boundary.Paging;
import org.openneighbourhood.api.identity.boundary.CurrentCaller;

@Path("services")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory", description = "Community services partners can refer to")
public class ServicesResource {

  @Inject Directory directory;
  @Inject CurrentCaller caller;
  @Context UriInfo uriInfo;

  @GET
  @Operation(
      summary =
          "All services, or one organisation's (organisation=id), ordered by organisation then"
              + " name. To find services among many, use search")
  @Guarded(DIRECTORY_LIST)
  public List<ServiceView> list(@QueryParam("organisation") String organisation) {
    return directory.list(caller.get(), organisation);
  }

  @GET
  @Path("search")
  @Operation(
      summary =
          "Find services: free text (q), category, accepting=true, selfReferral=true, age, near a"
              + " postcode (nearest first; within km), organisation; page and size. Array body,"
              + " X-Total-Count and Link rel next/prev")
  @Answers(value = ServiceMatchView.class, page = true)
  @Guarded(DIRECTORY_LIST)
  public Response search(
      @QueryParam("q") String q,
      @QueryParam("category") String category,
      @QueryParam("accepting") String accepting,
      @QueryParam("selfReferral") String selfReferral,
      @QueryParam("age") String age,
      @QueryParam("postcode") String postcode,
      @QueryParam("within") String within,
      @QueryParam("organisation") String organisation,
      @QueryParam("sort") String sort,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    SearchParameters parameters =
        new SearchParameters(
            q,
            category,
            accepting,
            selfReferral,
            age,
            postcode,
            within,
            organisation,
            sort,
            page,
            size);
    Directory.ServicesFound found = directory.search(caller.get(), parameters);
    return Paging.page(found.items(), found.total(), found.page(), found.size(), uriInfo);
  }

  @GET
  @Path("categories")
  @Operation(summary = "The categories services are found by")
  @Guarded(DIRECTORY_LIST)
  public List<CategoryView> categories() {
    return directory.categories(caller.get());
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

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Add a service to the directory for the organisation the caller acts for (its admin):"
              + " the same entry as PUT /services/{id}; it takes referrals at once, and its places"
              + " and opening times follow")
  @Answers(
      value = ServiceView.class,
      status = 201,
      description = "Added; Location is the new service")
  @Guarded(SERVICE_CREATE)
  public Response add(@NotNull(message = "Send the service's entry") @Valid ServiceEntry entry) {
    ServiceView added = directory.add(caller.get(), entry);
    return Response.created(
            uriInfo.getBaseUriBuilder().path("services").path(added.id().toString()).build())
        .entity(added)
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Rewrite the service's directory entry (its own organisation's admin); confirms the"
              + " service is still running")
  @Guarded(SERVICE_EDIT)
  public ServiceView describe(
      @PathParam("id") UUID id,
      @NotNull(message = "Send the service's entry") @Valid ServiceEntry entry) {
    return directory.describe(caller.get(), id, entry);
  }

  @GET
  @Path("{id}/places")
  @Operation(summary = "Where the service is given: street, town, postcode, and a name if any")
  @Guarded(DIRECTORY_LIST)
  public List<PlaceEntry> places(@PathParam("id") UUID id) {
    return directory.places(caller.get(), id);
  }

  @PUT
  @Path("{id}/places")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Say where the service is given now (its own organisation's admin): the whole list;"
              + " confirms the service is still running")
  @Guarded(SERVICE_EDIT)
  public List<PlaceEntry> relocate(
      @PathParam("id") UUID id,
      @NotNull(message = "Send the list of places, empty for none") List<PlaceEntry> places) {
    return directory.relocate(caller.get(), id, places);
  }

  @GET
  @Path("{id}/opening-times")
  @Operation(summary = "When the service is open: days, opening and closing times, and words")
  @Guarded(DIRECTORY_LIST)
  public List<OpeningTimeEntry> openingTimes(@PathParam("id") UUID id) {
    return directory.openingTimes(caller.get(), id);
  }

  @PUT
  @Path("{id}/opening-times")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Say when the service is open now (its own organisation's admin): the whole list;"
              + " confirms the service is still running")
  @Guarded(SERVICE_EDIT)
  public List<OpeningTimeEntry> reschedule(
      @PathParam("id") UUID id,
      @NotNull(message = "Send the list of opening times, empty for none")
          List<OpeningTimeEntry> openingTimes) {
    return directory.reschedule(caller.get(), id, openingTimes);
  }

  @POST
  @Path("{id}/confirm")
  @Operation(summary = "Say the service is still running, as its entry describes it")
  @Guarded(SERVICE_CONFIRM)
  public ServiceView confirm(@PathParam("id") UUID id) {
    return directory.confirm(caller.get(), id);
  }

  @POST
  @Path("{id}/retire")
  @Operation(
      summary =
          "Take the service out of the directory (its own organisation's admin): it is no longer"
              + " found or referred to, and its entry no longer changes; referrals already made to"
              + " it go on until they are closed. GET /services/{id} still shows it, retired")
  @Answers(value = ServiceView.class, description = "Retired (or it already was)")
  @Guarded(SERVICE_RETIRE)
  public ServiceView retire(@PathParam("id") UUID id) {
    return directory.retire(caller.get(), id);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One service, retired or not")
  @Guarded(DIRECTORY_LIST)
  public ServiceView get(@PathParam("id") UUID id) {
    return directory.get(caller.get(), id);
  }
}
