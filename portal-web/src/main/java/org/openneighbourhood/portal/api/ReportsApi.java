package org.openneighbourhood.portal.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/**
 * referral-service's REST API as the portal uses it, one client per resource: counts for
 * commissioners, suppressed by the API; /reports. Every call carries the signed-in user's access
 * token; errors arrive as {@link ApiProblemException}. Checked against the API's OpenAPI document
 * by ContractTest.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ReportsApi {

  /** The referral report for the months from and to (2026-01), optionally filtered (ids). */
  @GET
  @Path("reports/referrals")
  ReferralReport referrals(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("category") String category,
      @QueryParam("organisation") String organisation,
      @QueryParam("area") String area);

  /** An organisation's own report for the months from and to (2026-01). */
  @GET
  @Path("reports/organisations/{id}")
  OrganisationReport organisation(
      @PathParam("id") UUID id, @QueryParam("from") String from, @QueryParam("to") String to);
}
