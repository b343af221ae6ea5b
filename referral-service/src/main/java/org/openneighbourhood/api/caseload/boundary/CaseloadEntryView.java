package org.openneighbourhood.api.caseload.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openneighbourhood.api.caseload.entity.Waiting;
import org.openneighbourhood.api.person.boundary.PersonView;

/**
 * One person of a caseload: who they are (as every view of them shows them to the caller), whether
 * the caller's organisation is in their care team (else it follows a referral it sent), and what is
 * waiting in their care, what needs attention first.
 */
public record CaseloadEntryView(PersonView person, boolean inCareTeam, List<WaitingView> waiting) {

  /**
   * One thing waiting: what (kind, the referral, action or plan it is about, the service or the
   * action's words), on whom (the organisation; {@code onYou} when it is the caller's own; no one
   * for a review nobody is named to hold), since when, by when and whether that day has passed.
   */
  public record WaitingView(
      Waiting.Kind kind,
      UUID recordId,
      String what,
      UUID onWhomId,
      String onWhomName,
      boolean onYou,
      LocalDate since,
      LocalDate dueOn,
      boolean overdue) {

    static WaitingView of(Waiting waiting, UUID callerOrganisationId) {
      return new WaitingView(
          waiting.kind(),
          waiting.recordId(),
          waiting.what(),
          waiting.onWhomId(),
          waiting.onWhomName(),
          waiting.isOn(callerOrganisationId),
          waiting.since(),
          waiting.dueOn(),
          waiting.overdue());
    }

    /** Repeats nothing written about the person. */
    @Override
    public String toString() {
      return "WaitingView[" + kind + " " + recordId + "]";
    }
  }
}
