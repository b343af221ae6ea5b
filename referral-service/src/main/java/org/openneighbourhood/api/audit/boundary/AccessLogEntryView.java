package org.openneighbourhood.api.audit.boundary;

import java.time.Instant;
import java.util.UUID;
import org.openneighbourhood.api.access.entity.AuditEvent;
import org.openneighbourhood.api.access.entity.AuditEvent.Outcome;
import org.openneighbourhood.api.access.entity.AuditEvent.RecordType;

/**
 * One line of an access log. {@code description} says it in plain words, as the person reads it:
 * "Vera Volunteer at Green Minds Wellbeing looked at your plan".
 */
public record AccessLogEntryView(
    UUID id,
    Instant at,
    String who,
    String username,
    String roles,
    String organisationName,
    String operation,
    String action,
    RecordType recordType,
    UUID recordId,
    UUID personId,
    String purpose,
    Outcome outcome,
    String description) {

  /**
   * @param forThePerson the person reads their own log: "your plan"; and their own actions are "You
   *     ..."
   */
  public static AccessLogEntryView of(
      AuditEvent event, String organisationName, boolean forThePerson, String viewer) {
    return new AccessLogEntryView(
        event.id(),
        event.occurredAt(),
        event.displayName(),
        event.username(),
        event.roles(),
        organisationName,
        event.operation(),
        event.action(),
        event.recordType(),
        event.recordId().orElse(null),
        event.personId().orElse(null),
        event.purpose(),
        event.outcome(),
        describe(event, organisationName, forThePerson, viewer));
  }

  static String describe(
      AuditEvent event, String organisationName, boolean forThePerson, String viewer) {
    String who;
    if (event.username().equals(viewer)) {
      who = "You";
    } else if (organisationName == null) {
      who = event.displayName();
    } else {
      who = event.displayName() + " at " + organisationName;
    }
    String what =
        switch (event.recordType()) {
          case DIRECTORY -> "the service directory";
          case ORGANISATION -> "a partner organisation";
          case STAFF -> "a staff member's account";
          default -> (forThePerson ? "your " : "a person's ") + thing(event.recordType());
        };
    String done = verb(event.action(), true);
    String doing = verb(event.action(), false);
    if (forThePerson && event.recordType() == RecordType.SAFEGUARDING_NOTE) {
      // The person learns that someone wrote in their record, not that it was a safeguarding
      // note: telling them (and whoever may be reading over their shoulder) could put them at
      // risk, which is also why the policy does not show them the notes.
      what = "your record";
      done = "added to";
      doing = "add to";
    }
    if (event.outcome() == Outcome.DENIED) {
      return who + " tried to " + doing + " " + what + " and was refused";
    }
    return who + " " + done + " " + what;
  }

  private static String verb(String action, boolean past) {
    return switch (action) {
      case "CREATE" -> past ? "added" : "add";
      case "UPDATE" -> past ? "changed" : "change";
      default -> past ? "looked at" : "look at";
    };
  }

  private static String thing(RecordType type) {
    return switch (type) {
      case PERSON -> "record";
      case PLAN -> "plan";
      case REFERRAL -> "referral";
      case CARE_TEAM -> "care team";
      case CONSENT -> "agreements to share";
      case AUDIT_LOG -> "access log";
      case SAFEGUARDING_NOTE -> "safeguarding note";
      case REPORT -> "report";
      default -> "record";
    };
  }
}
