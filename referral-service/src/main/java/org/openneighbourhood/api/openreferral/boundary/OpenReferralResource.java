package org.openneighbourhood.api.openreferral.boundary;

import static org.openneighbourhood.api.access.entity.Operation.OPEN_REFERRAL_READ;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openneighbourhood.api.access.entity.Guarded;

/**
 * The directory as Open Referral UK (v3 UK profile) serves it, at {@code /api/openreferral}: public
 * (no token; the policy table gives {@code open-referral.read} to anyone) and holding nobody's
 * personal data. The portal's own {@code /services} stays as it is, behind sign-in.
 */
@Path("openreferral")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Open Referral UK", description = "The public directory, ORUK v3 profile")
@SecurityRequirements
public class OpenReferralResource {

  @Inject OpenReferral openReferral;
  @Context UriInfo uriInfo;

  @GET
  @Operation(summary = "About this API: the ORUK version and profile it follows")
  @Guarded(OPEN_REFERRAL_READ)
  public JsonObject about() {
    return openReferral.about(uriInfo.getBaseUri().resolve("/openapi").toString());
  }

  @GET
  @Path("services")
  @Operation(summary = "A page of services (one-to-one fields and organisation)")
  @Guarded(OPEN_REFERRAL_READ)
  public JsonObject services(
      @QueryParam("page") String page,
      @QueryParam("per_page") String perPage,
      @QueryParam("search") String search,
      @QueryParam("taxonomy_term_id") String taxonomyTermId,
      @QueryParam("taxonomy_id") String taxonomyId,
      @QueryParam("minimum_age") String minimumAge,
      @QueryParam("maximum_age") String maximumAge,
      @QueryParam("postcode") String postcode,
      @QueryParam("proximity") String proximity) {
    return openReferral.services(
        OrukParameters.of(
            page,
            perPage,
            search,
            taxonomyTermId,
            taxonomyId,
            minimumAge,
            maximumAge,
            postcode,
            proximity));
  }

  @GET
  @Path("services/{id}")
  @Operation(summary = "One service with everything about it")
  @Guarded(OPEN_REFERRAL_READ)
  public JsonObject service(@PathParam("id") UUID id) {
    return openReferral.service(id);
  }

  @GET
  @Path("service_at_locations")
  @Operation(summary = "A page of the places services are given at, nearest first near a postcode")
  @Guarded(OPEN_REFERRAL_READ)
  public JsonObject serviceAtLocations(
      @QueryParam("page") String page,
      @QueryParam("per_page") String perPage,
      @QueryParam("search") String search,
      @QueryParam("taxonomy_term_id") String taxonomyTermId,
      @QueryParam("taxonomy_id") String taxonomyId,
      @QueryParam("minimum_age") String minimumAge,
      @QueryParam("maximum_age") String maximumAge,
      @QueryParam("postcode") String postcode,
      @QueryParam("proximity") String proximity) {
    return openReferral.serviceAtLocations(
        OrukParameters.of(
            page,
            perPage,
            search,
            taxonomyTermId,
            taxonomyId,
            minimumAge,
            maximumAge,
            postcode,
            proximity));
  }

  @GET
  @Path("service_at_locations/{id}")
  @Operation(summary = "One place a service is given at, with the whole service")
  @Guarded(OPEN_REFERRAL_READ)
  public JsonObject serviceAtLocation(@PathParam("id") UUID id) {
    return openReferral.serviceAtLocation(id);
  }

  @GET
  @Path("taxonomies")
  @Operation(summary = "A page of taxonomies")
  @Guarded(OPEN_REFERRAL_READ)
  public JsonObject taxonomies(
      @QueryParam("page") String page, @QueryParam("per_page") String perPage) {
    return openReferral.taxonomies(
        OrukParameters.of(page, perPage, null, null, null, null, null, null, null));
  }

  @GET
  @Path("taxonomies/{id}")
  @Operation(summary = "One taxonomy with its terms")
  @Guarded(OPEN_REFERRAL_READ)
  public JsonObject taxonomy(@PathParam("id") UUID id) {
    return openReferral.taxonomy(id);
  }

  @GET
  @Path("taxonomy_terms")
  @Operation(summary = "A page of taxonomy terms, of one taxonomy with taxonomy_id")
  @Guarded(OPEN_REFERRAL_READ)
  public JsonObject taxonomyTerms(
      @QueryParam("page") String page,
      @QueryParam("per_page") String perPage,
      @QueryParam("taxonomy_id") String taxonomyId) {
    return openReferral.taxonomyTerms(
        OrukParameters.of(page, perPage, null, null, taxonomyId, null, null, null, null));
  }

  @GET
  @Path("taxonomy_terms/{id}")
  @Operation(summary = "One taxonomy term")
  @Guarded(OPEN_REFERRAL_READ)
  public JsonObject taxonomyTerm(@PathParam("id") UUID id) {
    return openReferral.taxonomyTerm(id);
  }
}
