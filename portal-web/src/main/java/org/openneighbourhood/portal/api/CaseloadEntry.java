package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One person of my organisation's caseload, as the API shows them: who (as every view of them shows
 * them to me), whether my organisation is in their care team (else it follows a referral it sent),
 * and what is waiting in their care, what needs attention first.
 */
public record CaseloadEntry(Person person, boolean inCareTeam, List<Waiting> waiting)
    implements Serializable {

  /**
   * One thing waiting: its kind (REFERRAL_AWAITING_ANSWER, REFERRAL_WAITLISTED, ACTION_OVERDUE,
   * REVIEW_DUE), the referral, action or plan it is about, the service or the action's words, the
   * organisation it waits on ({@code onYou}: mine; none for a review nobody holds yet), since when,
   * by when, and whether that day has passed.
   */
  public record Waiting(
      String kind,
      UUID recordId,
      String what,
      UUID onWhomId,
      String onWhomName,
      boolean onYou,
      LocalDate since,
      LocalDate dueOn,
      boolean overdue)
      implements Serializable {

    @Override
    public String toString() {
      return "Waiting[" + kind + " " + recordId + "]";
    }
  }

  public List<Waiting> waitingOrEmpty() {
    return waiting == null ? List.of() : waiting;
  }

  @Override
  public String toString() {
    return "CaseloadEntry[" + person + "]";
  }
}
