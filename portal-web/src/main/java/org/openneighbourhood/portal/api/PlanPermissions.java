package org.openneighbourhood.portal.api;

import java.io.Serializable;

/** What the caller may change on a plan, as the API's access policy decides. */
public record PlanPermissions(
    boolean editAboutMe,
    boolean addGoal,
    boolean addNote,
    boolean editReview,
    boolean editContingency,
    boolean recordWellbeing)
    implements Serializable {

  static final PlanPermissions NOTHING =
      new PlanPermissions(false, false, false, false, false, false);
}
