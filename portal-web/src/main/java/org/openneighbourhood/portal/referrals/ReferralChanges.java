package org.openneighbourhood.portal.referrals;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.openneighbourhood.portal.api.ApiProblemException;
import org.openneighbourhood.portal.api.Referral;
import org.openneighbourhood.portal.api.Versions;
import org.openneighbourhood.portal.problem.FormErrors;

/**
 * Makes one change to a referral on the version the user saw (the form's hidden version field) and
 * turns the API's refusals into messages on the page. What the user typed stays in the page bean,
 * so a refused form comes back filled in.
 */
public final class ReferralChanges {

  public static final String STALE =
      "Someone else changed this referral while you were looking at it. Nothing you sent was"
          + " saved. Check what it says now, then try again if you still need to.";

  private ReferralChanges() {}

  /**
   * @param submittedVersion the hidden version field as the form sent it
   * @param change the API call, given the If-Match value
   * @param apiFields API field names to the page's field names, for field errors
   * @return the changed referral, or empty when the API refused (errors then say why)
   */
  public static Optional<Referral> attempt(
      String submittedVersion,
      Function<String, Referral> change,
      FormErrors errors,
      Map<String, String> apiFields) {
    Optional<String> ifMatch = Versions.ifMatch(submittedVersion);
    if (ifMatch.isEmpty()) {
      errors.addGeneral(STALE);
      return Optional.empty();
    }
    try {
      return Optional.of(change.apply(ifMatch.get()));
    } catch (ApiProblemException e) {
      if (e.status() == 412 || e.status() == 428) {
        errors.addGeneral(STALE);
        return Optional.empty();
      }
      if (e.status() == 409) {
        errors.addGeneral(
            e.detail().isBlank()
                ? "This referral cannot change like this now. Nothing you sent was saved."
                : e.detail() + ". Nothing you sent was saved.");
        return Optional.empty();
      }
      if (e.status() == 400 || e.status() == 403) {
        errors.addProblem(e, apiFields);
        return Optional.empty();
      }
      throw e;
    }
  }
}
