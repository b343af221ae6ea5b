package org.openneighbourhood.portal.plan;

import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.openneighbourhood.portal.api.ApiProblemException;
import org.openneighbourhood.portal.api.Plan;
import org.openneighbourhood.portal.api.Versions;
import org.openneighbourhood.portal.problem.FormErrors;

/**
 * Makes one change to a plan and turns the API's refusals into messages on the form. A change of an
 * existing part goes with the version the user saw (the form's hidden field) as If-Match; when
 * someone changed that part meanwhile (412) the form says so and keeps what the user typed, and the
 * page shows the part as it is now. What the user typed lives in the page bean, never re-read.
 */
public final class PlanChanges {

  public static final String STALE =
      "Someone else changed this while you were looking at it. Your changes have not been saved:"
          + " they are still below. Check what it says now, then save again.";
  static final String REFUSED =
      "You cannot make this change to the plan any more. Nothing was saved.";
  static final String GONE = "This is no longer in the plan. Nothing was saved.";

  /**
   * What came of an attempt: the plan as it is after the change, or nothing (errors say why).
   *
   * @param stale the API refused because the part changed since the form was shown
   */
  public record Outcome(Optional<Plan> plan, boolean stale) implements Serializable {

    public boolean saved() {
      return plan.isPresent();
    }

    static Outcome saved(Plan plan) {
      return new Outcome(Optional.ofNullable(plan), false);
    }

    static Outcome refused(boolean stale) {
      return new Outcome(Optional.empty(), stale);
    }
  }

  private PlanChanges() {}

  /**
   * Changes an existing part at the version the form was shown with.
   *
   * @param submittedVersion the hidden version field as the form sent it
   * @param change the API call, given the If-Match value
   * @param apiFields the API's property names to the page's field names, for field errors
   */
  public static Outcome change(
      String submittedVersion,
      Function<String, Plan> change,
      FormErrors errors,
      Map<String, String> apiFields) {
    Optional<String> ifMatch = Versions.ifMatch(submittedVersion);
    if (ifMatch.isEmpty()) {
      errors.addGeneral(STALE);
      return Outcome.refused(true);
    }
    return attempt(() -> change.apply(ifMatch.get()), errors, apiFields);
  }

  /** Adds something new (a goal, an action, a note, wellbeing scores): no version to send. */
  public static Outcome create(
      Supplier<Plan> create, FormErrors errors, Map<String, String> apiFields) {
    return attempt(create, errors, apiFields);
  }

  private static Outcome attempt(
      Supplier<Plan> call, FormErrors errors, Map<String, String> apiFields) {
    try {
      return Outcome.saved(call.get());
    } catch (ApiProblemException e) {
      switch (e.status()) {
        case 412, 428 -> {
          errors.addGeneral(STALE);
          return Outcome.refused(true);
        }
        case 400, 422 -> errors.addProblem(e, apiFields);
        case 403 -> errors.addGeneral(REFUSED);
        case 404 -> errors.addGeneral(GONE);
        case 409 ->
            errors.addGeneral(e.detail().isBlank() ? REFUSED : e.detail() + ". Nothing was saved.");
        default -> throw e;
      }
      return Outcome.refused(false);
    }
  }
}
