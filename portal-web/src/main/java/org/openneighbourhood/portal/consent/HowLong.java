package org.openneighbourhood.portal.consent;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import org.openneighbourhood.portal.layout.Pages;
import org.openneighbourhood.portal.plan.DateBoxes;
import org.openneighbourhood.portal.plan.PlanDate;
import org.openneighbourhood.portal.problem.FormErrors;

/**
 * The "For how long?" answer of a form that records the person's agreement to share: the radios
 * named {@value #FIELD} and, under "Until a date", the date boxes of {@value #DATE_FIELD}. Whether
 * the date is today or later and not too far ahead is the API's rule; its field errors come back
 * next to these inputs through {@link #API_FIELDS}. "For a year" is chosen until someone chooses
 * otherwise, as the API does when nothing is said.
 */
public final class HowLong implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String FIELD = "howLong";
  public static final String DATE_FIELD = "until";
  public static final String REFERRAL_ENDS = "referral-ends";
  public static final String DATE = "date";
  public static final String YEAR = "year";

  /** The API's field names for these inputs, for {@link FormErrors#addProblem}. */
  public static final Map<String, String> API_FIELDS =
      Map.of("until", DATE_FIELD, "untilReferralEnds", FIELD);

  private final boolean offersReferralEnd;
  private String chosen = YEAR;
  private final DateBoxes date = new DateBoxes();
  private LocalDate until;

  /**
   * @param offersReferralEnd whether "Until the referral ends" is one of the choices (a referral's
   *     agreement, not a care team's)
   */
  public HowLong(boolean offersReferralEnd) {
    this.offersReferralEnd = offersReferralEnd;
  }

  /** Points the error summary at the first radio and at the day box. */
  public void anchor(FormErrors errors) {
    errors.setAnchor(FIELD, FIELD + "-" + (offersReferralEnd ? REFERRAL_ENDS : DATE));
    errors.setAnchor(DATE_FIELD, DATE_FIELD + "-day");
  }

  /** Reads the posted answer (the date boxes are bound by Faces); problems go to {@code errors}. */
  public void read(FormErrors errors) {
    String posted = Pages.parameter(FIELD);
    if (REFERRAL_ENDS.equals(posted) && offersReferralEnd || DATE.equals(posted)) {
      chosen = posted;
    } else if (YEAR.equals(posted)) {
      chosen = YEAR;
    } else {
      chosen = null;
      errors.add(FIELD, "Select how long they agree to share for");
    }
    until = null;
    if (DATE.equals(chosen)) {
      PlanDate typed = date.parse("The date", true);
      if (typed.isValid()) {
        until = typed.date();
      } else {
        errors.add(DATE_FIELD, typed.problem());
      }
    }
  }

  /** The last day chosen, for the API's {@code until}; null unless "Until a date". */
  public LocalDate until() {
    return until;
  }

  /** For the API's {@code untilReferralEnds}: whether "Until the referral ends" was chosen. */
  public boolean untilReferralEnds() {
    return REFERRAL_ENDS.equals(chosen);
  }

  public boolean isOffersReferralEnd() {
    return offersReferralEnd;
  }

  public String getChosen() {
    return chosen;
  }

  /** The date boxes under "Until a date", as typed. */
  public DateBoxes getDate() {
    return date;
  }
}
