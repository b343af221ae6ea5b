package org.openneighbourhood.portal.api;

/** What the caller may change on a plan, as the API's access policy decides. */
public record PlanPermissions(
    boolean editAboutMe,
    boolean addGoal,
    boolean addNote,
    boolean editReview,
    boolean editContingency,
    boolean recordWellbeing) {

  static final PlanPermissions NOTHING =
      new PlanPermissions(false, false, false, false, false, false);
}
