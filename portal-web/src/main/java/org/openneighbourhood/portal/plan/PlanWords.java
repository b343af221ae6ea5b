package org.openneighbourhood.portal.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.openneighbourhood.portal.api.PlanHistoryEntry;
import org.openneighbourhood.portal.api.ProgressNote;
import org.openneighbourhood.portal.api.WellbeingScores;
import org.openneighbourhood.portal.layout.Choice;

/**
 * The plan's codes in plain English, with the NHS.UK tag colour of each. Pages never show a code
 * such as NO_LONGER_WANTED or DONE_LATE.
 */
@Named("planWords")
@ApplicationScoped
public class PlanWords {

  static final List<String> GOAL_STATUSES =
      List.of("ACTIVE", "ACHIEVED", "ON_HOLD", "NO_LONGER_WANTED");
  static final List<String> ACTION_STATUSES =
      List.of("NOT_STARTED", "IN_PROGRESS", "DONE", "STOPPED");
  static final List<String> OCCASIONS = List.of("START", "REVIEW", "CHECK_IN");

  public String goalStatus(String code) {
    return switch (code(code)) {
      case "ACTIVE" -> "Working on it";
      case "ACHIEVED" -> "Achieved";
      case "ON_HOLD" -> "On hold";
      case "NO_LONGER_WANTED" -> "No longer wanted";
      default -> "";
    };
  }

  public String goalStatusColour(String code) {
    return switch (code(code)) {
      case "ACTIVE" -> "nhsuk-tag--blue";
      case "ACHIEVED" -> "nhsuk-tag--green";
      case "ON_HOLD" -> "nhsuk-tag--yellow";
      default -> "nhsuk-tag--grey";
    };
  }

  public List<Choice> goalStatuses() {
    return GOAL_STATUSES.stream().map(s -> new Choice(s, goalStatus(s))).toList();
  }

  public String actionStatus(String code) {
    return switch (code(code)) {
      case "NOT_STARTED" -> "Not started";
      case "IN_PROGRESS" -> "In progress";
      case "DONE" -> "Done";
      case "STOPPED" -> "Stopped";
      default -> "";
    };
  }

  public List<Choice> actionStatuses() {
    return ACTION_STATUSES.stream().map(s -> new Choice(s, actionStatus(s))).toList();
  }

  /** Whether an agreed action happened, and in time: the commitments view's tags. */
  public String commitment(String code) {
    return switch (code(code)) {
      case "DONE" -> "Done";
      case "DONE_LATE" -> "Done late";
      case "ON_TRACK" -> "On track";
      case "OVERDUE" -> "Overdue";
      case "STOPPED" -> "Stopped";
      case "NO_DUE_DATE" -> "No date";
      default -> "";
    };
  }

  public String commitmentColour(String code) {
    return switch (code(code)) {
      case "DONE" -> "nhsuk-tag--green";
      case "DONE_LATE" -> "nhsuk-tag--orange";
      case "ON_TRACK" -> "nhsuk-tag--blue";
      case "OVERDUE" -> "nhsuk-tag--red";
      case "STOPPED" -> "nhsuk-tag--grey";
      default -> "nhsuk-tag--white";
    };
  }

  public String reviewState(String code) {
    return switch (code(code)) {
      case "SCHEDULED" -> "Booked";
      case "DUE_SOON" -> "Due soon";
      case "OVERDUE" -> "Overdue";
      default -> "Not set";
    };
  }

  public String reviewStateColour(String code) {
    return switch (code(code)) {
      case "SCHEDULED" -> "nhsuk-tag--blue";
      case "DUE_SOON" -> "nhsuk-tag--yellow";
      case "OVERDUE" -> "nhsuk-tag--red";
      default -> "nhsuk-tag--grey";
    };
  }

  public String occasion(String code) {
    return switch (code(code)) {
      case "START" -> "At the start";
      case "REVIEW" -> "At a review";
      case "CHECK_IN" -> "Check-in";
      default -> "";
    };
  }

  public List<Choice> occasions() {
    return List.of(
        new Choice("START", "At the start of the plan"),
        new Choice("REVIEW", "At a review of the plan"),
        new Choice("CHECK_IN", "A check-in between reviews"));
  }

  /** A 1-10 answer as words, e.g. "8 out of 10". */
  public String outOfTen(Integer score) {
    return score == null ? "Not said" : score + " out of 10";
  }

  /** The 1-10 choices for how important a goal is; the ends say what they mean. */
  public List<Choice> importanceScale() {
    return scale("not important at all", "very important");
  }

  public List<Choice> confidenceScale() {
    return scale("not confident at all", "very confident");
  }

  private static List<Choice> scale(String one, String ten) {
    List<Choice> choices = new ArrayList<>();
    choices.add(new Choice("", "Not said"));
    for (int i = 1; i <= 10; i++) {
      String label = i == 1 ? "1 – " + one : i == 10 ? "10 – " + ten : Integer.toString(i);
      choices.add(new Choice(Integer.toString(i), label));
    }
    return choices;
  }

  /** 0 to 10, for the wellbeing questions. */
  public List<Choice> zeroToTen() {
    List<Choice> choices = new ArrayList<>();
    for (int i = 0; i <= 10; i++) {
      choices.add(new Choice(Integer.toString(i), Integer.toString(i)));
    }
    return choices;
  }

  /** Who wrote a note: "You" to the person about their own, else name and organisation. */
  public String author(ProgressNote note, boolean you) {
    return who(note.byPerson(), note.writtenBy(), note.organisationName(), you);
  }

  public String recorder(WellbeingScores scores, boolean you) {
    return who(scores.byPerson(), scores.recordedBy(), scores.organisationName(), you);
  }

  public String changedBy(PlanHistoryEntry entry, boolean you) {
    return who(entry.byPerson(), entry.by(), entry.organisationName(), you);
  }

  static String who(boolean byPerson, String name, String organisation, boolean you) {
    if (byPerson) {
      return you ? "You" : nameOr(name, "The person") + " (the person)";
    }
    String who = nameOr(name, "Someone");
    return organisation == null || organisation.isBlank() ? who : who + ", " + organisation;
  }

  private static String nameOr(String name, String fallback) {
    return name == null || name.isBlank() ? fallback : name;
  }

  private static String code(String code) {
    return code == null ? "" : code;
  }
}
