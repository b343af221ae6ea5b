package org.openneighbourhood.portal.people;

import org.openneighbourhood.portal.api.CaseloadEntry.Waiting;
import org.openneighbourhood.portal.layout.Display;

/**
 * What is waiting in a person's care, in plain English: what, on whom, since when or by when. The
 * API's kinds never reach the page.
 */
public final class CaseloadWords {

  private static final Display DAYS = new Display();

  private CaseloadWords() {}

  /** "Waiting for Green Minds to answer by Friday 18 December 2026", and the like. */
  public static String what(Waiting waiting) {
    String who = onWhom(waiting);
    return switch (waiting.kind()) {
      case "REFERRAL_AWAITING_ANSWER" ->
          "Referral to "
              + waiting.what()
              + ": waiting for "
              + who
              + " to answer by "
              + DAYS.dayOfWeek(waiting.dueOn());
      case "REFERRAL_WAITLISTED" ->
          "Referral to " + waiting.what() + ": on " + possessive(who) + " waiting list";
      case "ACTION_OVERDUE" -> "Action not done: " + waiting.what();
      case "REVIEW_DUE" -> "Plan review due on " + DAYS.dayOfWeek(waiting.dueOn());
      default -> "Something else is waiting";
    };
  }

  /** The organisation it waits on: "you" for the caller's own, or who is still to be named. */
  public static String onWhom(Waiting waiting) {
    if (waiting.onYou()) {
      return "you";
    }
    if (waiting.onWhomName() == null) {
      return "no one yet: choose who holds the review";
    }
    return waiting.onWhomName();
  }

  /** The same, to start a table cell. */
  public static String onWhomCell(Waiting waiting) {
    String who = onWhom(waiting);
    return "you".equals(who)
        ? "You"
        : who.substring(0, 1).toUpperCase(java.util.Locale.UK) + who.substring(1);
  }

  /** "Since 7 December 2026" for what has no day to keep; "Due 18 December 2026" otherwise. */
  public static String when(Waiting waiting) {
    if (waiting.dueOn() != null) {
      return (waiting.overdue() ? "Was due " : "Due ") + DAYS.date(waiting.dueOn());
    }
    return waiting.since() == null ? "" : "Since " + DAYS.date(waiting.since());
  }

  private static String possessive(String name) {
    return "you".equals(name) ? "your" : name + (name.endsWith("s") ? "'" : "'s");
  }
}
