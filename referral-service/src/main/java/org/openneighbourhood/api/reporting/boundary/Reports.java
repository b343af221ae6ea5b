package org.openneighbourhood.api.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.api.access.control.AccessPolicy;
import org.openneighbourhood.api.access.control.Audited;
import org.openneighbourhood.api.access.entity.AuditEvent.RecordType;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.configuration.control.Configured;
import org.openneighbourhood.api.configuration.control.Setting;
import org.openneighbourhood.api.problem.entity.FieldProblem;
import org.openneighbourhood.api.problem.entity.InvalidInputException;
import org.openneighbourhood.api.problem.entity.RecordNotFoundException;
import org.openneighbourhood.api.reporting.control.OutcomeFigures;
import org.openneighbourhood.api.reporting.control.ReceivedFigures;
import org.openneighbourhood.api.reporting.control.ReceivedFigures.Receiver;
import org.openneighbourhood.api.reporting.control.ReferralFigures;
import org.openneighbourhood.api.reporting.control.ReportAggregate;
import org.openneighbourhood.api.reporting.control.ReportSnapshot;
import org.openneighbourhood.api.reporting.entity.CapacityFigures;
import org.openneighbourhood.api.reporting.entity.OrganisationReport;
import org.openneighbourhood.api.reporting.entity.PersonalOutcomes;
import org.openneighbourhood.api.reporting.entity.ReferralReport;
import org.openneighbourhood.api.reporting.entity.Scope;
import org.openneighbourhood.api.reporting.entity.Suppression;
import org.openneighbourhood.api.time.entity.London;

/**
 * Use cases: a commissioner reads the report on referrals sent in a period; an organisation's admin
 * (or a commissioner) reads the organisation's own report on the referrals it was sent. Both end
 * with outcomes people value: the wellbeing change of the people referred and commitments kept. The
 * counts are kept ahead of time by the scheduler ({@link ReportAggregate}); a report first counts
 * whatever changed since its last round, so it counts every referral sent before it was asked for.
 * Every figure of a report is read from one snapshot of the database ({@link ReportSnapshot}), so
 * its tables add up whatever the scheduler commits meanwhile. The service suppresses small counts
 * before anything is answered.
 */
@ApplicationScoped
@Transactional
@Audited
public class Reports {

  @Inject ReferralFigures figures;
  @Inject ReceivedFigures received;
  @Inject OutcomeFigures outcomeFigures;
  @Inject ReportAggregate aggregate;
  @Inject ReportSnapshot snapshot;
  @Inject AccessPolicy policy;
  @Inject Clock clock;

  @Inject
  @Configured(Setting.REPORTING_SUPPRESSION_THRESHOLD)
  int threshold;

  /** This month in London: where a report ends when no end is asked for. */
  public YearMonth thisMonth() {
    return YearMonth.from(clock.instant().atZone(London.ZONE));
  }

  /** Today in London: the day a commitment is overdue after. */
  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), London.ZONE);
  }

  /**
   * Counts what changed since the scheduler's last round, before this use case's first statement:
   * the catch-up commits in a transaction of its own, with a database connection of its own, and a
   * use case already holding one while it waits for another could, with many at once, empty the
   * pool.
   *
   * @return whether every change is counted; if not, the report is as of the last round and says so
   */
  private boolean catchUp() {
    return aggregate.catchUp();
  }

  public ReferralReportView referrals(Caller caller, ReportRequest request) {
    policy.checkWithoutPerson(caller, Operation.REPORT_REFERRALS, RecordType.REPORT);
    boolean upToDate = catchUp();
    return snapshot.read(() -> referralReport(request, upToDate));
  }

  private ReferralReportView referralReport(ReportRequest request, boolean upToDate) {
    List<FieldProblem> unknown = new ArrayList<>();
    if (request.category() != null && !figures.isCategory(request.category())) {
      unknown.add(new FieldProblem("category", "Choose a category from the list"));
    }
    if (request.organisation() != null && !figures.isOrganisation(request.organisation())) {
      unknown.add(new FieldProblem("organisation", "Choose an organisation from the list"));
    }
    if (request.area() != null && !figures.isArea(request.area())) {
      unknown.add(new FieldProblem("area", "Choose an area from the list"));
    }
    if (!unknown.isEmpty()) {
      throw new InvalidInputException(unknown);
    }
    Suppression suppression = new Suppression(threshold);
    ReferralReport report =
        request.organisation() == null
            ? ReferralReport.ofCells(
                request.period(), figures.cells(request.period(), request.scope()), suppression)
            : ReferralReport.of(
                request.period(), figures.tallies(request.period(), request.scope()), suppression);
    CapacityFigures capacity =
        CapacityFigures.of(
            report,
            figures.servicesByCategory(request.period(), request.scope(), clock.instant()),
            figures.waiting(request.period(), request.scope(), clock.instant()),
            suppression);
    PersonalOutcomes outcomes =
        PersonalOutcomes.byEquity(
            outcomeFigures.wellbeing(request.period(), request.scope(), today()),
            outcomeFigures.notMeasuredTwice(request.period(), request.scope()),
            outcomeFigures.commitments(request.period(), request.scope(), null, today()),
            "Actions agreed in the people's plans, by whether they were done by the day agreed",
            suppression);
    return ReferralReportView.of(request, upToDate, report, capacity, outcomes);
  }

  /**
   * The report of the organisation with this id on the referrals it was sent in the period: for its
   * own admin, and for commissioners about any organisation.
   *
   * @throws org.openneighbourhood.api.access.entity.AccessDeniedException for another
   *     organisation's admin, audited
   * @throws RecordNotFoundException for a commissioner asking about no organisation
   */
  public OrganisationReportView organisation(Caller caller, UUID id, ReportRequest request) {
    boolean upToDate = catchUp();
    return snapshot.read(() -> organisationReport(caller, id, request, upToDate));
  }

  private OrganisationReportView organisationReport(
      Caller caller, UUID id, ReportRequest request, boolean upToDate) {
    Optional<Receiver> organisation = received.organisation(id);
    if (policy.allowsWithoutPerson(caller, Operation.REPORT_ANY_ORGANISATION)) {
      policy.checkWithoutPerson(caller, Operation.REPORT_ORGANISATION, RecordType.REPORT);
    } else {
      policy.toOwnedBy(
          caller,
          Operation.REPORT_ORGANISATION,
          RecordType.REPORT,
          id,
          organisation.map(Receiver::alias).orElse(null));
    }
    Receiver receiver = organisation.orElseThrow(() -> new RecordNotFoundException("Organisation"));
    Suppression suppression = new Suppression(threshold);
    OrganisationReport report =
        OrganisationReport.of(
            request.period(),
            received.tallies(id, request.period()),
            received.peopleTakenOn(id, request.period()),
            received.timeInService(id, request.period()),
            received.areaReferrals(request.period()),
            suppression);
    PersonalOutcomes outcomes =
        PersonalOutcomes.of(
            outcomeFigures.wellbeing(request.period(), Scope.receivedBy(id), today()),
            outcomeFigures.notMeasuredTwice(request.period(), Scope.receivedBy(id)),
            outcomeFigures.commitments(request.period(), Scope.receivedBy(id), id, today()),
            "The actions we agreed in the plans of the people sent to us, by whether we did them"
                + " by the day agreed",
            suppression);
    return OrganisationReportView.of(id, receiver.name(), upToDate, report, outcomes);
  }
}
