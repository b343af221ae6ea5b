package org.openneighbourhood.portal.referrals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.portal.api.Paged;
import org.openneighbourhood.portal.api.Referral;

class ReferralFilterTest {

  private static final List<String> OFFERED = List.of("SENT", "SEEN");

  @Test
  void theNextAndPreviousPagesStartWhereTheApiSays() {
    ReferralFilter filter = ReferralFilter.of(OFFERED, new String[] {"SEEN", "LOST"}, "2");
    Paged<Referral> list = new Paged<>(List.of(), 60, 2, 25, true, true, false, "AFTER", "BEFORE");
    assertEquals("?status=SEEN&page=3&after=AFTER", filter.next(list));
    assertEquals("?status=SEEN&page=1&before=BEFORE", filter.previous(list));
  }

  @Test
  void withoutAPositionThePreviousPageIsCountedFromTheStart() {
    ReferralFilter filter = ReferralFilter.of(OFFERED, null, "2");
    Paged<Referral> list = new Paged<>(List.of(), 60, 2, 25, true, true, false, "AFTER", null);
    assertEquals("?page=1", filter.previous(list));
  }
}
