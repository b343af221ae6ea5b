package org.openneighbourhood.api.fhir.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.referral.entity.Actor;
import org.openneighbourhood.api.referral.entity.DeclineReason;
import org.openneighbourhood.api.referral.entity.ReferralStatus;

class WorkflowCodeTest {

  @Test
  void theCodesAreExactlyTheTwoTheIssueNames() {
    assertEquals(
        Set.of("871731000000106", "871711000000103"),
        Stream.of(WorkflowCode.values()).map(WorkflowCode::code).collect(Collectors.toSet()));
    assertEquals("Referral to social prescribing service", WorkflowCode.REFERRED.display());
    assertEquals("Social prescribing declined", WorkflowCode.DECLINED.display());
  }

  @Test
  void sendingAReferralIsAReferralToSocialPrescribing() {
    for (Actor by : Set.of(Actor.REFERRER, Actor.PERSON)) {
      assertEquals(
          Optional.of(WorkflowCode.REFERRED), WorkflowCode.of(ReferralStatus.SENT, by, null));
    }
  }

  @Test
  void thePersonWithdrawingOrTurningTheOfferDownIsDeclining() {
    assertEquals(
        Optional.of(WorkflowCode.DECLINED),
        WorkflowCode.of(ReferralStatus.WITHDRAWN, Actor.PERSON, null));
    assertEquals(
        Optional.of(WorkflowCode.DECLINED),
        WorkflowCode.of(ReferralStatus.DECLINED, Actor.RECEIVER, DeclineReason.PERSON_DECLINED));
  }

  @Test
  void nothingElseIsThePersonDeclining() {
    assertTrue(WorkflowCode.of(ReferralStatus.WITHDRAWN, Actor.REFERRER, null).isEmpty());
    assertTrue(WorkflowCode.of(ReferralStatus.DID_NOT_ENGAGE, Actor.RECEIVER, null).isEmpty());
    for (DeclineReason reason : DeclineReason.values()) {
      if (reason != DeclineReason.PERSON_DECLINED) {
        assertTrue(
            WorkflowCode.of(ReferralStatus.DECLINED, Actor.RECEIVER, reason).isEmpty(),
            reason::toString);
      }
    }
    for (ReferralStatus status : ReferralStatus.values()) {
      if (Set.of(ReferralStatus.SENT, ReferralStatus.WITHDRAWN, ReferralStatus.DECLINED)
          .contains(status)) {
        continue;
      }
      for (Actor by : Actor.values()) {
        assertTrue(
            WorkflowCode.of(status, by, DeclineReason.PERSON_DECLINED).isEmpty(),
            status + " by " + by);
      }
    }
  }

  @Test
  void eachCodeIsFoundByItsSuffix() {
    for (WorkflowCode code : WorkflowCode.values()) {
      assertEquals(Optional.of(code), WorkflowCode.ofSuffix(code.suffix()));
    }
    assertTrue(WorkflowCode.ofSuffix("completed").isEmpty());
  }
}
