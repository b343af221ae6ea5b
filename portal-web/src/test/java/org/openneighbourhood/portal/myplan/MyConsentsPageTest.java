package org.openneighbourhood.portal.myplan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
        "REFERRAL".equals(scope) ? "Walking for wellbeing" : null,
        at,
        "Lina Link",
        "Northgate Primary Care Network",
        "A_YEAR",
        LocalDate.ofInstant(at.plusSeconds(365L * 86_400), ZoneId.of("Europe/London")),
        false,
        withdrawn == null ? 100L : null,
        false,
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

  private static Consent dated(LocalDate until, long daysLeft, boolean endingSoon) {
    return new Consent(
        UUID.randomUUID(),
        GREEN_MINDS,
        "Green Minds Wellbeing",
        "REFERRAL",
        UUID.randomUUID(),
        "Walking for wellbeing",
        Instant.parse("2026-03-02T10:00:00Z"),
        "Lina Link",
        "Northgate Primary Care Network",
        "UNTIL_DATE",
        until,
        false,
        daysLeft,
        endingSoon,
        until.plusDays(1).atStartOfDay(ZoneId.of("Europe/London")).toInstant(),
        null,
        null,
        true);
  }

  private static Consent untilReferralEnds() {
    return new Consent(
        UUID.randomUUID(),
        GREEN_MINDS,
        "Green Minds Wellbeing",
        "REFERRAL",
        UUID.randomUUID(),
        "Walking for wellbeing",
        Instant.parse("2026-03-02T10:00:00Z"),
        "Lina Link",
        "Northgate Primary Care Network",
        "UNTIL_REFERRAL_ENDS",
        LocalDate.of(2029, 3, 2),
        true,
        1000L,
        false,
        Instant.parse("2029-03-02T10:00:00Z"),
        null,
        null,
        true);
  }

  @Test
  void saysUntilWhichDayItIsShared() {
    MyConsentsPage.Sharing sharing =
        MyConsentsPage.group(List.of(dated(LocalDate.of(2027, 3, 31), 100, false))).get(0);
    assertEquals("Shared until 31 March 2027.", sharing.until());
    assertEquals("", sharing.endingSoon());
  }

  @Test
  void saysItIsSharedUntilTheReferralEnds() {
    MyConsentsPage.Sharing sharing = MyConsentsPage.group(List.of(untilReferralEnds())).get(0);
    assertEquals("Shared until your referral to Walking for wellbeing ends.", sharing.until());
    assertEquals("", sharing.endingSoon());
  }

  @Test
  void saysProminentlyThatADatedEndIsClose() {
    MyConsentsPage.Sharing sharing =
        MyConsentsPage.group(List.of(dated(LocalDate.of(2027, 3, 31), 5, true))).get(0);
    assertEquals(
        "Sharing ends in 5 days, on 31 March 2027 (at the end of that day).", sharing.endingSoon());
  }

  @Test
  void aReferralStillOpenKeepsSharingBeyondADatedEnd() {
    MyConsentsPage.Sharing sharing =
        MyConsentsPage.group(
                List.of(dated(LocalDate.of(2027, 3, 31), 5, true), untilReferralEnds()))
            .get(0);
    assertEquals("", sharing.endingSoon());
    assertEquals(
        "Shared until 31 March 2027, or until your referral to Walking for wellbeing ends if"
            + " that is later.",
        sharing.until());
  }
}
