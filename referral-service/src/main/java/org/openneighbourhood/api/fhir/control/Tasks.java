package org.openneighbourhood.api.fhir.control;

import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskIntent;
import org.hl7.fhir.r4.model.Task.TaskPriority;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import org.openneighbourhood.api.fhir.entity.TaskStatusTable;
import org.openneighbourhood.api.fhir.entity.Vocabulary;
import org.openneighbourhood.api.referral.boundary.ReferralView;
import org.openneighbourhood.api.referral.entity.ReferralStatus;
import org.openneighbourhood.api.referral.entity.Urgency;

/**
 * The receiving organisation's work on a referral as a UK Core {@code Task}, BaRS style: its focus
 * is the referral's {@code ServiceRequest}, its owner the organisation asked to act, its status
 * where that organisation is with it. It is drawn from the same {@link ReferralView} as the {@code
 * ServiceRequest}, for the same access, so a masked referral's task names no one and holds no free
 * text either.
 */
public final class Tasks {

  private Tasks() {}

  /** The task of a referral that was sent (a draft has none). */
  public static Task of(ReferralView referral) {
    TaskStatusTable status =
        TaskStatusTable.of(referral.status())
            .orElseThrow(() -> new IllegalArgumentException("A draft referral has no task"));
    Task task = new Task();
    task.setIdElement(
        new IdType("Task", referral.id().toString(), Long.toString(referral.version())));
    Instant authored = referral.sentAt() == null ? referral.createdAt() : referral.sentAt();
    Instant modified = ServiceRequests.lastUpdated(referral);
    // Task's inv-1: never modified before it was authored (a referral sent after its creation)
    Instant lastModified = modified.isBefore(authored) ? authored : modified;
    task.getMeta()
        .setVersionId(Long.toString(referral.version()))
        .setLastUpdated(Date.from(lastModified))
        .addProfile(Vocabulary.TASK_PROFILE);
    task.setStatus(TaskStatus.fromCode(status.code()));
    task.setBusinessStatus(new CodeableConcept().setText(businessStatus(referral.status())));
    task.setIntent(TaskIntent.ORDER);
    task.setPriority(
        referral.urgency() == Urgency.URGENT ? TaskPriority.URGENT : TaskPriority.ROUTINE);
    task.setCode(
        new CodeableConcept(
            new Coding(Vocabulary.TASK_CODE, "fulfill", "Fulfill the focal request")));
    task.setFocus(
        new Reference("ServiceRequest/" + referral.id())
            .setDisplay(Vocabulary.SOCIAL_PRESCRIBING_REFERRAL_DISPLAY));
    task.setFor(ServiceRequests.subject(referral.person()));
    task.setAuthoredOn(Date.from(authored));
    task.setLastModified(Date.from(lastModified));
    task.setRequester(ServiceRequests.requester(referral));
    task.setOwner(
        new Reference("Organization/" + referral.receivingOrganisationId())
            .setDisplay(referral.receivingOrganisationName()));
    if (referral.respondBy() != null && referral.status().isAwaitingAnswer()) {
      task.getRestriction().setPeriod(new Period().setEnd(Date.from(referral.respondBy())));
    }
    if (referral.declineReason() != null) {
      task.setStatusReason(new CodeableConcept().setText(words(referral.declineReason().name())));
    }
    if (referral.outcome() != null) {
      task.addOutput()
          .setType(new CodeableConcept().setText("Outcome"))
          .setValue(new StringType(referral.outcome()));
    }
    return task;
  }

  /**
   * What the receiver is doing in the referral's own words, finer than the task status: "on the
   * waiting list" where the status can only say accepted.
   */
  static String businessStatus(ReferralStatus status) {
    String words = status.words();
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static String words(String code) {
    String spaced = code.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }
}
