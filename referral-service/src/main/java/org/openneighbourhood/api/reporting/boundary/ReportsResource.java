package org.openneighbourhood.api.reporting.boundary;

import static org.openneighbourhood.api.access.entity.Operation.REPORT_ORGANISATION;
import static org.openneighbourhood.api.access.entity.Operation.REPORT_REFERRALS;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
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
              + " months to this one), optionally to services in one category, to one receiving"
              + " organisation and from one neighbourhood area (ids; an area is a PCN's, see GET"
              + " /organisations/areas: referrals from the PCN and the organisations in its area):"
              + " tables of counts by month and category, by who referred, and"
              + " by outcome and first answer, with their totals. A count from 1 to below"
              + " reporting.suppression-threshold is suppressed (reason SMALL), and others where a"
              + " small one could be worked out (PROTECTS_SMALL); no person is ever in it")
  @Guarded(REPORT_REFERRALS)
  public ReferralReportView referrals(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("category") String category,
      @QueryParam("organisation") String organisation,
      @QueryParam("area") String area) {
    return reports.referrals(
        caller.get(),
        ReportRequest.parse(from, to, category, organisation, area, reports.thisMonth()));
  }

  @GET
  @Path("organisations/{id}")
  @Operation(
      summary =
          "One organisation's report on the referrals it was sent from one month to another"
              + " (from, to: 2026-01; by default the twelve months to this one), for its funders:"
              + " tables of counts by month and service, by what happened (declines by their coded"
              + " reason) and by who referred; how many people it took on; the median and mean"
              + " days from accepted to completed; the shares taken on and declined, and its share"
              + " of all the neighbourhood's referrals. Its own admin reads it, and commissioners"
              + " read any organisation's; another organisation's admin is refused (403). Counts"
              + " are suppressed as in the referral report, and a share or a time is left out"
              + " where a count it rests on is hidden; no person is ever in it")
  @Guarded(REPORT_ORGANISATION)
  public OrganisationReportView organisation(
      @PathParam("id") UUID id, @QueryParam("from") String from, @QueryParam("to") String to) {
    return reports.organisation(
        caller.get(), id, ReportRequest.parse(from, to, null, null, reports.thisMonth()));
  }
}
