package org.openneighbourhood.api.fhir.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.referral.entity.ReferralStatus;

class TaskStatusTableTest {

  /** The table of docs/fhir.md, written out again: a change to either must change both. */
  private static final Map<ReferralStatus, String> DOCUMENTED =
      Map.ofEntries(
          Map.entry(ReferralStatus.SENT, "requested"),
          Map.entry(ReferralStatus.SEEN, "received"),
          Map.entry(ReferralStatus.ACCEPTED, "accepted"),
          Map.entry(ReferralStatus.WAITLISTED, "accepted"),
          Map.entry(ReferralStatus.DECLINED, "rejected"),
          Map.entry(ReferralStatus.IN_PROGRESS, "in-progress"),
          Map.entry(ReferralStatus.COMPLETED, "completed"),
          Map.entry(ReferralStatus.EXPIRED, "cancelled"),
          Map.entry(ReferralStatus.WITHDRAWN, "cancelled"),
          Map.entry(ReferralStatus.DID_NOT_ENGAGE, "failed"),
          Map.entry(ReferralStatus.ENTERED_IN_ERROR, "entered-in-error"));

  @Test
  void everySentReferralStatusReadsAsTheDocumentedTaskStatus() {
    assertEquals(EnumSet.complementOf(EnumSet.of(ReferralStatus.DRAFT)), DOCUMENTED.keySet());
    DOCUMENTED.forEach(
        (status, code) ->
            assertEquals(code, TaskStatusTable.of(status).orElseThrow().code(), status.name()));
  }

  @Test
  void aDraftHasNoTaskAndNoSearchFindsOne() {
    assertTrue(TaskStatusTable.of(ReferralStatus.DRAFT).isEmpty());
    assertEquals(DOCUMENTED.keySet(), TaskStatusTable.withATask());
  }

  @Test
  void aTaskStatusFindsEveryReferralStatusThatReadsAsIt() {
    for (TaskStatusTable row : TaskStatusTable.values()) {
      Set<ReferralStatus> expected = EnumSet.noneOf(ReferralStatus.class);
      DOCUMENTED.forEach(
          (status, code) -> {
            if (code.equals(row.code())) {
              expected.add(status);
            }
          });
      assertEquals(expected, TaskStatusTable.ofCode(row.code()).orElseThrow().statuses());
    }
  }

  @Test
  void everyCodeIsOneOfFhirsTaskStatusesAndUnknownOnesFindNothing() {
    for (TaskStatusTable row : TaskStatusTable.values()) {
      assertEquals(row.code(), TaskStatus.fromCode(row.code()).toCode());
    }
    assertEquals(TaskStatusTable.ACCEPTED, TaskStatusTable.ofCode(" Accepted ").orElseThrow());
    assertTrue(TaskStatusTable.ofCode("on-hold").isEmpty(), "never answered, so never searched");
    assertTrue(TaskStatusTable.ofCode(null).isEmpty());
  }
}
