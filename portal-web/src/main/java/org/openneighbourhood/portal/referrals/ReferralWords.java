package org.openneighbourhood.portal.referrals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;
import org.openneighbourhood.portal.api.Consent;
import org.openneighbourhood.portal.api.Referral;
import org.openneighbourhood.portal.api.Service;
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
    return "DECLINED".equals(referral.status())
        ? "Declined: " + declineReason(referral.declineReason())
        : statusName(referral.status());
  }

  /**
   * A status on its own, without the referral (a plan lists the referrals serving a goal by status
   * only); named apart from status(Referral) so EL never has to pick an overload.
   */
  public String statusName(String code) {
    return switch (code(code)) {
      case "DRAFT" -> "Draft: not sent yet";
      case "SENT" -> "Waiting for a reply";
      case "SEEN" -> "Opened by the service, waiting for a reply";
      case "ACCEPTED" -> "Accepted";
      case "WAITLISTED" -> "On the waiting list";
      case "DECLINED" -> "Declined";
      case "EXPIRED" -> "Expired: no reply in time";
      case "IN_PROGRESS" -> "In progress";
      case "COMPLETED" -> "Completed";
      case "DID_NOT_ENGAGE" -> "Closed: the person did not take it up";
      case "WITHDRAWN" -> "Withdrawn";
      case "ENTERED_IN_ERROR" -> "Entered in error";
      default -> humanise(code);
    };
  }

  /** The receiving organisation's view: a referral waiting for an answer is work for them. */
  public String inboxStatus(Referral referral) {
    return switch (code(referral.status())) {
      case "SENT" -> "Needs a reply";
      case "SEEN" -> "Needs a reply (opened)";
      default -> status(referral);
    };
  }

  public String statusColour(Referral referral) {
    return switch (code(referral.status())) {
      case "DRAFT" -> "nhsuk-tag--white";
      case "SENT", "SEEN" -> "nhsuk-tag--blue";
      case "ACCEPTED", "IN_PROGRESS" -> "nhsuk-tag--green";
      case "WAITLISTED" -> "nhsuk-tag--yellow";
      case "COMPLETED" -> "nhsuk-tag--purple";
      case "DECLINED", "EXPIRED" -> "nhsuk-tag--red";
      default -> "nhsuk-tag--grey";
    };
  }

  /** The statuses a list can be filtered by, in the order the filter offers them. */
  public String filterLabel(String status) {
    return switch (code(status)) {
      case "DRAFT" -> "Drafts";
      case "SENT" -> "Waiting for a reply";
      case "SEEN" -> "Opened, waiting for a reply";
      case "WAITLISTED" -> "On the waiting list";
      case "ACCEPTED" -> "Accepted";
      case "IN_PROGRESS" -> "In progress";
      case "DECLINED" -> "Declined";
      case "EXPIRED" -> "Expired";
      case "COMPLETED" -> "Completed";
      case "DID_NOT_ENGAGE" -> "Not taken up";
      case "WITHDRAWN" -> "Withdrawn";
      case "ENTERED_IN_ERROR" -> "Entered in error";
      default -> humanise(status);
    };
  }

  /**
   * "Answer by Friday 18 December 2026", for a referral still waiting for its answer: the last
   * working day on which an answer is on time, the day the API's e-mails name too.
   */
  public String deadline(Referral referral) {
    if (!referral.isAwaitingAnswer() || referral.answerBy() == null) {
      return "";
    }
    return "Answer by " + DAYS.dayOfWeek(referral.answerBy());
  }

  /** What the person reads about their own referral. */
  public String forPerson(Referral referral) {
    String organisation = referral.receivingOrganisationName();
    String service = referral.serviceName();
    return switch (code(referral.status())) {
      case "SENT", "SEEN" -> "Waiting for " + organisation + " to reply";
      case "ACCEPTED" -> organisation + " accepted your referral to " + service;
      case "WAITLISTED" -> organisation + " put you on the waiting list for " + service;
      case "DECLINED" ->
          organisation
              + " could not take your referral: "
              + lowerFirst(declineReason(referral.declineReason()));
      case "EXPIRED" -> organisation + " did not reply in time, so the referral has closed";
      case "IN_PROGRESS" -> organisation + " is working with you";
      case "COMPLETED" -> organisation + " has finished working with you";
      case "DID_NOT_ENGAGE" -> organisation + " closed the referral as not taken up";
      case "WITHDRAWN" -> "The referral to " + service + " was withdrawn";
      case "ENTERED_IN_ERROR" -> "The referral to " + service + " was made in error";
      default -> humanise(referral.status());
    };
  }

  /**
   * One line of a referral's history as the person reads it: "Green Minds Wellbeing accepted the
   * referral", "You withdrew the referral".
   */
  public String forPerson(Referral referral, TimelineEntry entry) {
    boolean byPerson = "PERSON".equals(entry.actor());
    if (entry.isMessage()) {
      return byPerson ? "Your message" : "Message from " + timelineWho(entry);
    }
    String who =
        byPerson
            ? "You"
            : entry.organisationName() != null
                ? entry.organisationName()
                : "RECEIVER".equals(entry.actor())
                    ? referral.receivingOrganisationName()
                    : "The portal";
    return switch (code(entry.status())) {
      case "DRAFT" -> who + " started a referral for you";
      case "SENT" ->
          byPerson
              ? "You referred yourself to " + referral.serviceName() + " on " + DAYS.day(entry.at())
              : who + " referred you to " + referral.serviceName() + " on " + DAYS.day(entry.at());
      case "SEEN" -> referral.receivingOrganisationName() + " opened the referral";
      case "ACCEPTED" -> who + " accepted the referral";
      case "WAITLISTED" -> who + " put you on their waiting list";
      case "DECLINED" -> who + " could not take the referral";
      case "EXPIRED" -> referral.receivingOrganisationName() + " did not reply in time";
      case "IN_PROGRESS" -> who + " started working with you";
      case "COMPLETED" -> who + " finished working with you";
      case "DID_NOT_ENGAGE" -> who + " closed the referral because it was not taken up";
      case "WITHDRAWN" -> who + " withdrew the referral";
      case "ENTERED_IN_ERROR" -> who + " said the referral was made in error";
      default -> humanise(entry.status());
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

  /** A service's capacity with its reopening day: "Paused until 1 March 2027". */
  public String serviceCapacity(Service service) {
    return switch (code(service.capacity())) {
      case "ACCEPTING" -> "Accepting";
      case "WAITLIST" -> "Waiting list";
      case "PAUSED" ->
          service.reopensOn() == null ? "Paused" : "Paused until " + DAYS.date(service.reopensOn());
      default -> humanise(service.capacity());
    };
  }

  /** "Usually answers in about 3 working days", or nothing when too few answers to say. */
  public String typicalResponse(Service service) {
    Double days = service.typicalResponseDays();
    if (days == null) {
      return "";
    }
    long rounded = Math.max(1, Math.round(days));
    return "Usually answers in about "
        + rounded
        + (rounded == 1 ? " working day" : " working days");
  }

  /** "Accepts 80% of referrals", or nothing when too few answers to say. */
  public String acceptanceRate(Service service) {
    Integer rate = service.acceptanceRatePercent();
    return rate == null ? "" : "Accepts " + rate + "% of referrals";
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
    if (entry.isMessage()) {
      return "Message";
    }
    return switch (code(entry.status())) {
      case "DRAFT" -> "Draft saved";
      case "SENT" -> "Referral sent";
      case "SEEN" -> "Opened by the service";
      case "ACCEPTED" -> "Referral accepted";
      case "WAITLISTED" -> "Put on the waiting list";
      case "DECLINED" -> "Referral declined";
      case "EXPIRED" -> "Expired: no reply by the deadline";
      case "IN_PROGRESS" -> "Work started";
      case "COMPLETED" -> "Completed";
      case "DID_NOT_ENGAGE" -> "Closed: not taken up";
      case "WITHDRAWN" -> "Referral withdrawn";
      case "ENTERED_IN_ERROR" -> "Marked as entered in error";
      default -> humanise(entry.status());
    };
  }

  /**
   * In place of a field the API withholds, what happened to it rather than an empty value: "Not
   * recorded" would say the person never told anyone.
   */
  public String withheld(Referral referral) {
    return referral.consentActive()
        ? "Withheld: not shown to your role"
        : "Withheld: the person's agreement to share it with "
            + referral.receivingOrganisationName()
            + " has ended";
  }

  /**
   * A message's text, or in its place why it is withheld (the person's agreement to share with the
   * reader's organisation has ended).
   */
  public String messageText(Referral referral, TimelineEntry entry) {
    return entry.message() == null ? withheld(referral) : entry.message();
  }

  /** Who made a change, for professionals: "Lina Link, Northgate Primary Care Network". */
  public String timelineWho(TimelineEntry entry) {
    if ("SYSTEM".equals(entry.actor()) && entry.organisationName() == null) {
      // The deadline passing, not anyone's doing. (A referral marked as opened is recorded as the
      // portal's doing too, but names who opened it and their organisation: shown as theirs.)
      return "the portal";
    }
    if ("PERSON".equals(entry.actor()) || entry.organisationName() == null) {
      return "PERSON".equals(entry.actor()) ? "the person" : code(entry.by());
    }
    return entry.by() == null || entry.by().isBlank()
        ? entry.organisationName()
        : entry.by() + ", " + entry.organisationName();
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
            + (consent.recordedByOrganisationName() == null
                ? " (you gave it yourself)"
                : " (recorded by "
                    + consent.recordedBy()
                    + " at "
                    + consent.recordedByOrganisationName()
                    + ")");
    if (consent.withdrawnAt() != null) {
      return agreed + ". You stopped it on " + DAYS.day(consent.withdrawnAt()) + ".";
    }
    if (!consent.active()) {
      return agreed + ". It ended on " + DAYS.date(consent.until()) + ".";
    }
    if (consent.untilReferralEnds()) {
      return agreed + ", until the referral ends.";
    }
    return agreed + ", until " + DAYS.date(consent.until()) + ".";
  }

  /**
   * Until when the person's agreement to share a referral runs, for staff: "The person agreed to
   * share it until 31 March 2027." Empty in lists and for drafts, which do not say.
   */
  public String consentUntil(Referral referral) {
    if (referral.consentUntil() == null) {
      return "";
    }
    if (Boolean.TRUE.equals(referral.consentUntilReferralEnds())) {
      return referral.consentActive()
          ? "The person agreed to share it until the referral ends."
          : "The person agreed to share it until the referral ended, on "
              + DAYS.date(referral.consentUntil())
              + ".";
    }
    return "The person agreed to share it until " + DAYS.date(referral.consentUntil()) + ".";
  }
}
