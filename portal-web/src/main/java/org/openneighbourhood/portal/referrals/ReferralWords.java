package org.openneighbourhood.portal.referrals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;
import org.openneighbourhood.portal.api.Consent;
import org.openneighbourhood.portal.api.Referral;
import org.openneighbourhood.portal.api.TimelineEntry;
import org.openneighbourhood.portal.layout.Display;

/**
 * The API's codes in plain English. Pages never show a code such as DECLINED or NO_CAPACITY: people
 * should not have to learn our vocabulary.
 */
@Named("words")
@ApplicationScoped
public class ReferralWords {

  private static final Display DAYS = new Display();

  public String status(Referral referral) {
    return switch (code(referral.status())) {
      case "SENT" -> "Waiting for a reply";
      case "ACCEPTED" -> "Accepted";
      case "DECLINED" -> "Declined: " + declineReason(referral.declineReason());
      default -> humanise(referral.status());
    };
  }

  /** The receiving organisation's view: a sent referral is work waiting for them. */
  public String inboxStatus(Referral referral) {
    return "SENT".equals(code(referral.status())) ? "Needs a reply" : status(referral);
  }

  public String statusColour(Referral referral) {
    return switch (code(referral.status())) {
      case "SENT" -> "nhsuk-tag--blue";
      case "ACCEPTED" -> "nhsuk-tag--green";
      case "DECLINED" -> "nhsuk-tag--red";
      default -> "nhsuk-tag--grey";
    };
  }

  /** What the person reads about their own referral. */
  public String forPerson(Referral referral) {
    String organisation = referral.receivingOrganisationName();
    return switch (code(referral.status())) {
      case "SENT" -> "Waiting for " + organisation + " to reply";
      case "ACCEPTED" -> organisation + " accepted your referral to " + referral.serviceName();
      case "DECLINED" ->
          organisation
              + " could not take your referral: "
              + lowerFirst(declineReason(referral.declineReason()));
      default -> humanise(referral.status());
    };
  }

  public String declineReason(String code) {
    return switch (code(code)) {
      case "NO_CAPACITY" -> "No space at the moment";
      case "NOT_ELIGIBLE" -> "The service is not right for them";
      case "PERSON_DECLINED" -> "They did not want the service";
      case "COULD_NOT_CONTACT" -> "Could not get in touch with them";
      case "OTHER" -> "Another reason";
      default -> humanise(code);
    };
  }

  public String capacity(String code) {
    return switch (code(code)) {
      case "ACCEPTING" -> "Accepting referrals";
      case "WAITLIST" -> "Waiting list";
      case "PAUSED" -> "Paused \u2013 not taking referrals";
      default -> humanise(code);
    };
  }

  public String capacityColour(String code) {
    return switch (code(code)) {
      case "ACCEPTING" -> "nhsuk-tag--green";
      case "WAITLIST" -> "nhsuk-tag--yellow";
      default -> "nhsuk-tag--grey";
    };
  }

  public String urgency(String code) {
    return switch (code(code)) {
      case "ROUTINE" -> "Routine";
      case "URGENT" -> "Urgent";
      default -> humanise(code);
    };
  }

  public String timelineEvent(TimelineEntry entry) {
    return switch (code(entry.status())) {
      case "SENT" -> "Referral sent";
      case "ACCEPTED" -> "Referral accepted";
      case "DECLINED" -> "Referral declined";
      default -> humanise(entry.status());
    };
  }

  private static String code(String code) {
    return code == null ? "" : code;
  }

  /** For a code this version does not know yet: "DID_NOT_ENGAGE" reads "Did not engage". */
  static String humanise(String code) {
    if (code == null || code.isBlank()) {
      return "Not known";
    }
    String words = code.replace('_', ' ').toLowerCase(Locale.UK);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  /** One agreement to share, as the person reads it. */
  public String consent(Consent consent) {
    String what =
        switch (code(consent.scope())) {
          case "KEEP_RECORD" -> "to keep a record about you and your plan";
          case "REFERRAL" -> "to receive a referral, with what matters to you and your plan";
          case "CARE_TEAM" -> "to join your care team and see your record and plan";
          default -> "to see your record";
        };
    String agreed =
        "You agreed "
            + what
            + " on "
            + DAYS.day(consent.recordedAt())
            + " (recorded by "
            + consent.recordedBy()
            + " at "
            + consent.recordedByOrganisationName()
            + ")";
    if (consent.withdrawnAt() != null) {
      return agreed + ". You stopped it on " + DAYS.day(consent.withdrawnAt()) + ".";
    }
    if (!consent.active()) {
      return agreed + ". It ended on " + DAYS.day(consent.validUntil()) + ".";
    }
    return agreed + ", until " + DAYS.day(consent.validUntil()) + ".";
  }
}
