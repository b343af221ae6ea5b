package org.openneighbourhood.portal.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/**
 * referral-service's REST API as the portal uses it, one client per resource: the service
 * directory: search, entries, places, opening times, capacity; /services. Every call carries the
 * signed-in user's access token; errors arrive as {@link ApiProblemException}. Checked against the
 * API's OpenAPI document by ContractTest.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ServicesApi {

  /** Every service, or one organisation's; to find services among many, searchServices. */
  @GET
  @Path("services")
  List<Service> services(@QueryParam("organisation") UUID organisation);

  /** A page of a directory search; read it with {@link Paged#read}. */
  @GET
  @Path("services/search")
  Response searchServices(
      @QueryParam("q") String q,
      @QueryParam("category") String category,
      @QueryParam("accepting") String accepting,
      @QueryParam("selfReferral") String selfReferral,
      @QueryParam("age") String age,
      @QueryParam("postcode") String postcode,
      @QueryParam("page") int page,
      @QueryParam("size") int size);

  @GET
  @Path("services/categories")
  List<Category> serviceCategories();

  @PUT
  @Path("services/{id}")
  Service describeService(@PathParam("id") UUID id, ServiceEntry entry);

  @POST
  @Path("services")
  Service addService(ServiceEntry entry);

  @POST
  @Path("services/{id}/confirm")
  Service confirmService(@PathParam("id") UUID id);

  @POST
  @Path("services/{id}/retire")
  Service retireService(@PathParam("id") UUID id);

  @GET
  @Path("services/{id}")
  Service service(@PathParam("id") UUID id);

  @GET
  @Path("services/{id}/places")
  List<PlaceEntry> places(@PathParam("id") UUID id);

  /** The whole list of places: those left out are no longer where the service is given. */
  @PUT
  @Path("services/{id}/places")
  List<PlaceEntry> relocateService(@PathParam("id") UUID id, List<PlaceEntry> places);

  @GET
  @Path("services/{id}/opening-times")
  List<OpeningTimeEntry> openingTimes(@PathParam("id") UUID id);

  /** The whole list of opening times. */
  @PUT
  @Path("services/{id}/opening-times")
  List<OpeningTimeEntry> rescheduleService(@PathParam("id") UUID id, List<OpeningTimeEntry> times);

  @PUT
  @Path("services/{id}/capacity")
  Service declareCapacity(@PathParam("id") UUID id, CapacityDeclaration declaration);
}
