package org.openneighbourhood.api.relationship.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.openneighbourhood.api.problem.entity.FieldProblem;
import org.openneighbourhood.api.problem.entity.InvalidInputException;
import org.openneighbourhood.api.time.entity.London;

/**
 * How long the person agreed to share for, as they (or the staff member recording their agreement)
 * chose it: a year (when nobody chose), until the end of a day they named, or until the referral it
 * was given for ends.
 *
 * <p>A day is a day in London: "until 31 March 2027" runs to the last moment of that day, whichever
 * side of a clock change it falls, and ends at the next midnight there ({@link #endsAt},
 * exclusive). An agreement that ends with its referral still ends after {@link #LONGEST} at the
 * latest, so that no agreement runs for ever; the referral closing ends it sooner ({@link
 * Consent#referralEnded}).
 *
 * @param lasts what was chosen
 * @param lastDay the last day it runs, for {@link Lasts#UNTIL_DATE}; null otherwise
 */
public record ConsentTerm(Lasts lasts, LocalDate lastDay) {

  /** How long an agreement lasts when nobody chose. */
  public static final Duration DEFAULT = Duration.ofDays(365);

  /**
   * The furthest day that can be chosen, from today; also the end of one that ends with its
   * referral.
   */
  public static final Period LONGEST = Period.ofYears(3);

  /** How close to a dated end the person is told prominently that it is coming. */
  public static final int ENDING_SOON_DAYS = 14;

  /** What was chosen. */
  public enum Lasts {
    /** Nobody chose: a year from when it was recorded. */
    A_YEAR,
    /** Until the end of a chosen day. */
    UNTIL_DATE,
    /** Until the referral it was given for is closed. */
    UNTIL_REFERRAL_ENDS
  }

  public static final ConsentTerm A_YEAR = new ConsentTerm(Lasts.A_YEAR, null);
  public static final ConsentTerm UNTIL_REFERRAL_ENDS =
      new ConsentTerm(Lasts.UNTIL_REFERRAL_ENDS, null);

  public ConsentTerm {
    Objects.requireNonNull(lasts);
    if ((lasts == Lasts.UNTIL_DATE) != (lastDay != null)) {
      throw new IllegalArgumentException("A last day goes with UNTIL_DATE, and only with it");
    }
  }

  public static ConsentTerm until(LocalDate lastDay) {
    return new ConsentTerm(Lasts.UNTIL_DATE, Objects.requireNonNull(lastDay));
  }

  /**
   * The term a request asked for, checked: a day that is not before today in London and not more
   * than {@link #LONGEST} ahead, or the end of the referral, or neither (a year), never both.
   *
   * @param until the last day chosen, or null
   * @param untilReferralEnds true to end with the referral; null or false otherwise
   * @param now when the agreement is recorded
   * @throws InvalidInputException naming the field ({@code until} or {@code untilReferralEnds})
   */
  public static ConsentTerm chosen(LocalDate until, Boolean untilReferralEnds, Instant now) {
    boolean withReferral = Boolean.TRUE.equals(untilReferralEnds);
    if (until == null) {
      return withReferral ? UNTIL_REFERRAL_ENDS : A_YEAR;
    }
    List<FieldProblem> problems = new ArrayList<>();
    if (withReferral) {
      problems.add(
          new FieldProblem(
              "untilReferralEnds", "Choose either a date or until the referral ends, not both"));
    }
    LocalDate today = now.atZone(London.ZONE).toLocalDate();
    if (until.isBefore(today)) {
      problems.add(new FieldProblem("until", "The date must be today or in the future"));
    } else if (until.isAfter(today.plus(LONGEST))) {
      problems.add(new FieldProblem("until", "The date must be no more than 3 years from today"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return until(until);
  }

  /** The moment the agreement stops counting, for one recorded at {@code recordedAt}. */
  public Instant endsAt(Instant recordedAt) {
    return switch (lasts) {
      case A_YEAR -> recordedAt.plus(DEFAULT);
      case UNTIL_DATE -> lastDay.plusDays(1).atStartOfDay(London.ZONE).toInstant();
      case UNTIL_REFERRAL_ENDS -> recordedAt.atZone(London.ZONE).plus(LONGEST).toInstant();
    };
  }

  /** The last day, in London, on which an agreement ending at {@code endsAt} still counts. */
  public static LocalDate lastDayOf(Instant endsAt) {
    return endsAt.minusNanos(1).atZone(London.ZONE).toLocalDate();
  }
}
