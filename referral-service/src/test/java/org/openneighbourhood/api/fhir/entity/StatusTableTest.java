package org.openneighbourhood.api.fhir.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.referral.entity.ReferralStatus;

class StatusTableTest {

  /** The table of docs/fhir.md, written out again: a change to either must change both. */
  private static final Map<ReferralStatus, String> DOCUMENTED =
      Map.ofEntries(
          Map.entry(ReferralStatus.DRAFT, "draft"),
          Map.entry(ReferralStatus.SENT, "active"),
          Map.entry(ReferralStatus.SEEN, "active"),
          Map.entry(ReferralStatus.ACCEPTED, "active"),
          Map.entry(ReferralStatus.WAITLISTED, "active"),
          Map.entry(ReferralStatus.IN_PROGRESS, "active"),
          Map.entry(ReferralStatus.DECLINED, "revoked"),
          Map.entry(ReferralStatus.EXPIRED, "revoked"),
          Map.entry(ReferralStatus.WITHDRAWN, "revoked"),
          Map.entry(ReferralStatus.DID_NOT_ENGAGE, "revoked"),
          Map.entry(ReferralStatus.COMPLETED, "completed"),
          Map.entry(ReferralStatus.ENTERED_IN_ERROR, "entered-in-error"));

  @Test
  void everyReferralStatusReadsAsTheDocumentedFhirStatus() {
    assertEquals(EnumSet.allOf(ReferralStatus.class), DOCUMENTED.keySet());
    DOCUMENTED.forEach(
        (status, code) -> assertEquals(code, StatusTable.of(status).code(), status.name()));
  }

  @Test
  void aFhirStatusFindsEveryReferralStatusThatReadsAsIt() {
    for (StatusTable row : StatusTable.values()) {
      Set<ReferralStatus> expected = EnumSet.noneOf(ReferralStatus.class);
      DOCUMENTED.forEach(
          (status, code) -> {
            if (code.equals(row.code())) {
              expected.add(status);
            }
          });
      assertEquals(expected, StatusTable.ofCode(row.code()).orElseThrow().statuses());
    }
  }

  @Test
  void codesAreReadWithoutCaseOrSpacesAndUnknownOnesFindNothing() {
    assertEquals(StatusTable.ACTIVE, StatusTable.ofCode(" Active ").orElseThrow());
    assertTrue(StatusTable.ofCode("on-hold").isEmpty(), "never answered, so never searched");
    assertTrue(StatusTable.ofCode(null).isEmpty());
  }
}
