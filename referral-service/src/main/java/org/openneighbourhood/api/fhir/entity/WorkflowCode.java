package org.openneighbourhood.api.fhir.entity;

import java.util.Optional;
import org.openneighbourhood.api.referral.entity.Actor;
import org.openneighbourhood.api.referral.entity.DeclineReason;
import org.openneighbourhood.api.referral.entity.ReferralStatus;

/**
 * The SNOMED CT codes the referral workflow yields for a GP system to file, each from a change in
 * the lifecycle table: nobody types one. Only the two codes the issue names are here; the third
 * code of the Social Prescribing Minimum Dataset is held nowhere in this repository and is not made
 * up.
 *
 * <p>The person declined social prescribing when they said no themselves: they withdrew the
 * referral (the person, not the referrer, made the change), or the receiver declined it because the
 * person turned the offer down ({@link DeclineReason#PERSON_DECLINED}). A referrer withdrawing, the
 * person not engaging or not being reached, and any other decline are not the person's refusal, and
 * filing them as one would put words in their mouth in their GP record.
 */
public enum WorkflowCode {
  REFERRED(
      "referred",
      Vocabulary.SOCIAL_PRESCRIBING_REFERRAL,
      Vocabulary.SOCIAL_PRESCRIBING_REFERRAL_DISPLAY),
  DECLINED("declined", Bars.SOCIAL_PRESCRIBING_DECLINED, Bars.SOCIAL_PRESCRIBING_DECLINED_DISPLAY);

  private final String suffix;
  private final String code;
  private final String display;

  WorkflowCode(String suffix, String code, String display) {
    this.suffix = suffix;
    this.code = code;
    this.display = display;
  }

  /** The code a change of status to {@code to}, made by {@code by}, yields, if any. */
  public static Optional<WorkflowCode> of(ReferralStatus to, Actor by, DeclineReason reason) {
    return switch (to) {
      case SENT -> Optional.of(REFERRED);
      case WITHDRAWN -> by == Actor.PERSON ? Optional.of(DECLINED) : Optional.empty();
      case DECLINED ->
          reason == DeclineReason.PERSON_DECLINED ? Optional.of(DECLINED) : Optional.empty();
      default -> Optional.empty();
    };
  }

  /** The code whose id suffix this is ({@code referred}, {@code declined}). */
  public static Optional<WorkflowCode> ofSuffix(String suffix) {
    for (WorkflowCode each : values()) {
      if (each.suffix.equals(suffix)) {
        return Optional.of(each);
      }
    }
    return Optional.empty();
  }

  /** What follows the referral's id in the id of the event's resource. */
  public String suffix() {
    return suffix;
  }

  public String code() {
    return code;
  }

  public String display() {
    return display;
  }
}
