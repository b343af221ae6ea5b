package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * One entry of a referral's timeline: a change of status (kind STATUS_CHANGE, with status and
 * perhaps a note) or a message one of the parties wrote (kind MESSAGE, with message, which is null
 * where the API withholds it). actor is REFERRER, RECEIVER, PERSON or SYSTEM; organisationName is
 * null when the person themselves made the change or wrote the message.
 */
public record TimelineEntry(
    String kind,
    String status,
    Instant at,
    String by,
    String actor,
    String organisationName,
    String note,
    String message)
    implements Serializable {

  /** A change of status, as the API would send it. */
  public static TimelineEntry change(
      String status, Instant at, String by, String actor, String organisationName, String note) {
    return new TimelineEntry("STATUS_CHANGE", status, at, by, actor, organisationName, note, null);
  }

  /** A message, as the API would send it (text null when withheld). */
  public static TimelineEntry message(
      Instant at, String by, String actor, String organisationName, String text) {
    return new TimelineEntry("MESSAGE", null, at, by, actor, organisationName, null, text);
  }

  public boolean isMessage() {
    return "MESSAGE".equals(kind);
  }
}
