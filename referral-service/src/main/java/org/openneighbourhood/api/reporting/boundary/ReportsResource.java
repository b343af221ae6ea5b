package org.openneighbourhood.api.reporting.boundary;

import static org.openneighbourhood.api.access.entity.Operation.REPORT_REFERRALS;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openneighbourhood.api.access.entity.Guarded;
import org.openneighbourhood.api.identity.boundary.CurrentCaller;

@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Counts for commissioners, with small numbers suppressed")
public class ReportsResource {

  @Inject Reports reports;
  @Inject CurrentCaller caller;

  @GET
  @Path("referrals")
  @Operation(
      summary =
          "Referrals sent from one month to another (from, to: 2026-01; by default the twelve"
              + " months to this one), optionally to services in one category and to one receiving"
              + " organisation (ids): tables of counts by month and category, by who referred, and"
              + " by outcome and first answer, with their totals. A count from 1 to below"
              + " reporting.suppression-threshold is suppressed (reason SMALL), and others where a"
              + " small one could be worked out (PROTECTS_SMALL); no person is ever in it")
  @Guarded(REPORT_REFERRALS)
  public ReferralReportView referrals(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("category") String category,
      @QueryParam("organisation") String organisation) {
    return reports.referrals(
        caller.get(), ReportRequest.parse(from, to, category, organisation, reports.thisMonth()));
  }
}
