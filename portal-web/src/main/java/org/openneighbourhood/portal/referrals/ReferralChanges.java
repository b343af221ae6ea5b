package org.openneighbourhood.portal.referrals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.openneighbourhood.portal.api.ApiProblemException;
import org.openneighbourhood.portal.api.Referral;
import org.openneighbourhood.portal.api.TimelineEntry;
import org.openneighbourhood.portal.api.Versions;
import org.openneighbourhood.portal.layout.Display;
import org.openneighbourhood.portal.problem.FormErrors;

/**
 * Makes one change to a referral on the version the user saw (the form's hidden version field) and
 * turns the API's refusals into messages on the page. What the user typed stays in the page bean,
 * so a refused form comes back filled in.
 */
public final class ReferralChanges {

  /**
   * A change to a referral the API answers as not found: the organisation has no part in it, or no
   * longer (the person's agreement to share ended), which the API does not tell apart from a
   * referral that does not exist.
   */
  static final String NOT_AVAILABLE =
      "This referral is not available to your organisation any more. Nothing you sent was saved.";

  public static final String STALE =
      "Someone else changed this referral while you were looking at it. Nothing you sent was"
          + " saved. Check what it says now, then try again if you still need to.";

  private static final Display DISPLAY = new Display();
  private static final ReferralWords WORDS = new ReferralWords();

  /** Reads the referral as it is now, and whether it is the signed-in person's own. */
  public interface Reader {
    Referral read();

    default boolean own() {
      return false;
    }
  }

  private ReferralChanges() {}

  /**
   * What someone else did meanwhile, from the referral's latest step: "Pat Person withdrew this
   * referral on 4 December 2026 at 2:02pm while you were looking at it", or the general words when
   * it cannot be read.
   */
  static String staleBecause(Reader current) {
    try {
      Referral now = current.read();
      // A message changes no status (nor the version): the latest step is the latest change.
      List<TimelineEntry> steps =
          now.timelineOrEmpty().stream().filter(step -> !step.isMessage()).toList();
      if (steps.isEmpty()) {
        return STALE;
      }
      return whatHappened(now, steps.get(steps.size() - 1), current.own())
          + " while you were looking at it. Nothing you sent was saved. Check what it says now,"
          + " then try again if you still need to.";
    } catch (RuntimeException e) {
      // Not readable now (gone, refused, the API away): the general words still hold.
      return STALE;
    }
  }

  private static String whatHappened(Referral referral, TimelineEntry step, boolean own) {
    String when = " on " + DISPLAY.dateTime(step.at());
    if ("SYSTEM".equals(step.actor()) && step.organisationName() == null) {
      return ("EXPIRED".equals(step.status())
              ? "This referral expired with no answer by its deadline"
              : "This referral was changed automatically")
          + when;
    }
    String who;
    if ("PERSON".equals(step.actor())) {
      if (own) {
        who = "You";
      } else if (referral.person() == null || !referral.person().shared()) {
        who = "The person";
      } else {
        who = referral.person().fullName();
      }
    } else {
      // Named as the timeline names them: "Vera Volunteer, Green Minds Wellbeing".
      String named = WORDS.timelineWho(step);
      who = named.isBlank() ? "Someone else" : named;
    }
    return who + " " + did(step.status()) + when;
  }

  private static String did(String status) {
    return switch (status == null ? "" : status) {
      case "DRAFT" -> "changed this draft";
      case "SENT" -> "sent this referral";
      case "SEEN" -> "opened this referral";
      case "ACCEPTED" -> "accepted this referral";
      case "WAITLISTED" -> "put this referral on the waiting list";
      case "DECLINED" -> "declined this referral";
      case "IN_PROGRESS" -> "started work on this referral";
      case "COMPLETED" -> "marked this referral as completed";
      case "DID_NOT_ENGAGE" -> "closed this referral as not taken up";
      case "WITHDRAWN" -> "withdrew this referral";
      case "ENTERED_IN_ERROR" -> "marked this referral as entered in error";
      default -> "changed this referral";
    };
  }

  /**
   * @param submittedVersion the hidden version field as the form sent it
   * @param change the API call, given the If-Match value
   * @param apiFields API field names to the page's field names, for field errors
   * @param current reads the referral as it is now, to say what changed it meanwhile
   * @return the changed referral, or empty when the API refused (errors then say why)
   */
  public static Optional<Referral> attempt(
      String submittedVersion,
      Function<String, Referral> change,
      FormErrors errors,
      Map<String, String> apiFields,
      Reader current) {
    Optional<String> ifMatch = Versions.ifMatch(submittedVersion);
    if (ifMatch.isEmpty()) {
      errors.addGeneral(STALE);
      return Optional.empty();
    }
    try {
      return Optional.of(change.apply(ifMatch.get()));
    } catch (ApiProblemException e) {
      if (e.status() == 412) {
        errors.addGeneral(staleBecause(current));
        return Optional.empty();
      }
      if (e.status() == 428) {
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
      if (e.status() == 404) {
        // The API answers a referral the organisation has no part in (any more: the person's
        // agreement ended) as one that does not exist, so as not to say it does.
        errors.addGeneral(NOT_AVAILABLE);
        return Optional.empty();
      }
      throw e;
    }
  }
}
