package org.openneighbourhood.api.reporting.entity;

import java.util.Optional;

/**
 * Capacity and response beside the commissioner's report: the services taking referrals now by
 * their declared capacity; of the report's referrals, those on a waiting list now (the outcome
 * table's own count, hidden where it is) and the median days they have waited so far, shown only
 * with that count; and how many had their service reminded to answer before the deadline, hidden
 * when small. Declines for no capacity and expired referrals are rows of the outcome table.
 */
public record CapacityFigures(
    ServicesNow services, Cell waitlisted, Optional<Double> medianDaysWaiting, Cell reminded) {

  public static CapacityFigures of(
      ReferralReport report, ServicesNow services, Waiting waiting, Suppression suppression) {
    Cell waitlisted = report.tables().get(2).counts().rowTotal(Outcome.WAITLISTED.ordinal());
    boolean shown =
        !waitlisted.suppressed()
            && waiting.medianDays() != null
            && waiting.waitlisted() > 0
            && !suppression.isSmall(waiting.waitlisted());
    return new CapacityFigures(
        services,
        waitlisted,
        shown ? Optional.of(waiting.medianDays()) : Optional.empty(),
        new Cell(
            waiting.reminded(),
            suppression.isSmall(waiting.reminded()) ? Visibility.SMALL : Visibility.SHOWN));
  }
}
