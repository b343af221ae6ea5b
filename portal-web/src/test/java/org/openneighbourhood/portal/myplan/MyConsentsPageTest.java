package org.openneighbourhood.portal.myplan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.portal.api.Consent;

/** "What you share": one line for each organisation, whatever number of referrals is behind it. */
class MyConsentsPageTest {

  private static final UUID GREEN_MINDS = UUID.randomUUID();

  private static Consent consent(String scope, Instant at, Instant withdrawn) {
    return new Consent(
        UUID.randomUUID(),
        GREEN_MINDS,
        "Green Minds Wellbeing",
        scope,
        "REFERRAL".equals(scope) ? UUID.randomUUID() : null,
        at,
        "Lina Link",
        "Northgate Primary Care Network",
        at.plusSeconds(365L * 86_400),
        withdrawn,
        withdrawn == null ? null : "Pat Person",
        withdrawn == null);
  }

  @Test
  void severalReferralsToOneOrganisationAreOneLine() {
    List<MyConsentsPage.Sharing> sharing =
        MyConsentsPage.group(
            List.of(
                consent("REFERRAL", Instant.parse("2026-03-02T10:00:00Z"), null),
                consent("REFERRAL", Instant.parse("2025-06-03T09:00:00Z"), null),
                consent("CARE_TEAM", Instant.parse("2025-07-01T09:00:00Z"), null)));
    assertEquals(1, sharing.size());
    assertEquals(
        "Can see your record and plan, as part of your care team, for 2 referrals, since 3 June"
            + " 2025.",
        sharing.get(0).summary());
  }

  @Test
  void sharingStoppedSaysWhen() {
    Instant stopped = Instant.parse("2026-12-04T15:00:00Z");
    MyConsentsPage.Sharing sharing =
        MyConsentsPage.group(
                List.of(consent("REFERRAL", Instant.parse("2026-03-02T10:00:00Z"), stopped)))
            .get(0);
    assertEquals(
        "Could see your record and plan, for 1 referral. You stopped it on 4 December 2026.",
        sharing.summary());
  }

  @Test
  void stoppingIsAskedBeforeItHappens() {
    MyConsentsPage page = new MyConsentsPage();
    assertEquals(null, page.stop(GREEN_MINDS), "stays on the page to ask");
    assertEquals(true, page.isConfirming(GREEN_MINDS));
    page.keepSharing();
    assertEquals(false, page.isConfirming(GREEN_MINDS));
    assertEquals(null, page.confirmStop(), "nothing to confirm once kept");
  }
}
