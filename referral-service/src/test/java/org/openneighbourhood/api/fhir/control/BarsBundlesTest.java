package org.openneighbourhood.api.fhir.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.fhir.entity.Bars;
import org.openneighbourhood.api.fhir.entity.StatusTable;
import org.openneighbourhood.api.fhir.entity.Vocabulary;
import org.openneighbourhood.api.referral.entity.ReferralStatus;

class BarsBundlesTest {

  @Test
  void everyStatusReadsDifferentlyInAStatusUpdate() {
    Set<String> seen =
        new java.util.HashSet<>(
            Arrays.stream(ReferralStatus.values())
                .map(
                    status ->
                        StatusTable.of(status).code()
                            + " "
                            + BarsBundles.code(status).getCode()
                            + " "
                            + BarsBundles.statusNote(status))
                .toList());
    assertEquals(ReferralStatus.values().length, seen.size(), seen::toString);
  }

  @Test
  void onlyADeclineHasACodeOfItsOwn() {
    assertEquals(
        Bars.SOCIAL_PRESCRIBING_DECLINED, BarsBundles.code(ReferralStatus.DECLINED).getCode());
    for (ReferralStatus status : EnumSet.complementOf(EnumSet.of(ReferralStatus.DECLINED))) {
      assertEquals(Vocabulary.SOCIAL_PRESCRIBING_REFERRAL, BarsBundles.code(status).getCode());
    }
  }

  @Test
  void theNoteSaysTheStatusInWords() {
    assertEquals(
        "The referral is on the waiting list.", BarsBundles.statusNote(ReferralStatus.WAITLISTED));
  }
}
