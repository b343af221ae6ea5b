package org.openneighbourhood.portal.referrals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.portal.api.ApiProblemException;
import org.openneighbourhood.portal.api.Person;
import org.openneighbourhood.portal.api.Referral;
import org.openneighbourhood.portal.api.TimelineEntry;
import org.openneighbourhood.portal.problem.FormErrors;

/** A change refused because the referral moved on says who moved it, and when. */
class ReferralChangesTest {

  private static final Instant SENT = Instant.parse("2026-12-04T09:15:00Z");
  private static final Instant WITHDRAWN = Instant.parse("2026-07-01T13:02:00Z");

  private static Referral referral(boolean shared, TimelineEntry... steps) {
    Person pat =
        new Person(
            UUID.randomUUID(),
            "9434765919",
            "Pat",
            "Person",
            LocalDate.of(1950, 1, 1),
            shared,
            null,
            false,
            List.of(),
            null,
            null,
            List.of());
    return SampleReferral.of(
        "WITHDRAWN",
        pat,
        null,
        List.of(steps),
        SENT.plusSeconds(86_400 * 10),
        LocalDate.of(2026, 12, 14));
  }

  private static TimelineEntry sent() {
    return TimelineEntry.change(
        "SENT", SENT, "Lina Link", "REFERRER", "Northgate Primary Care Network", null);
  }

  private static String refused(int status, ReferralChanges.Reader current) {
    FormErrors errors = new FormErrors();
    Optional<Referral> changed =
        ReferralChanges.attempt(
            "3",
            ifMatch -> {
              throw new ApiProblemException(status, "stale", "", List.of());
            },
            errors,
            Map.of(),
            current);
    assertTrue(changed.isEmpty());
    return errors.getSummary().get(0).message();
  }

  @Test
  void aReferralThePersonWithdrewMeanwhileSaysSoWithTheTime() {
    Referral now =
        referral(
            true,
            sent(),
            TimelineEntry.change("WITHDRAWN", WITHDRAWN, "Pat Person", "PERSON", null, null));
    assertEquals(
        "Pat Person withdrew this referral on 1 July 2026 at 2:02pm while you were looking at it."
            + " Nothing you sent was saved. Check what it says now, then try again if you still"
            + " need to.",
        refused(412, () -> now));
  }

  @Test
  void aColleagueIsNamedWithTheirOrganisation() {
    Referral now =
        referral(
            true,
            sent(),
            TimelineEntry.change(
                "WAITLISTED", WITHDRAWN, "Vera Vcfse", "RECEIVER", "Green Minds Wellbeing", null));
    assertTrue(
        refused(412, () -> now)
            .startsWith(
                "Vera Vcfse, Green Minds Wellbeing put this referral on the waiting list on 1 July"
                    + " 2026 at 2:02pm while you were looking at it."));
  }

  @Test
  void thePersonsOwnChangeIsTheirsAndAWithheldNameIsNotShown() {
    TimelineEntry withdrew =
        TimelineEntry.change("WITHDRAWN", WITHDRAWN, "Pat Person", "PERSON", null, null);
    Referral now = referral(false, sent(), withdrew);
    assertTrue(refused(412, () -> now).startsWith("The person withdrew this referral"));
    assertTrue(
        refused(
                412,
                new ReferralChanges.Reader() {
                  @Override
                  public Referral read() {
                    return now;
                  }

                  @Override
                  public boolean own() {
                    return true;
                  }
                })
            .startsWith("You withdrew this referral"));
  }

  @Test
  void anExpiryIsTheDeadlinesDoing() {
    Referral now =
        referral(
            true,
            sent(),
            TimelineEntry.change(
                "EXPIRED", Instant.parse("2026-12-19T00:00:00Z"), null, "SYSTEM", null, null));
    assertTrue(
        refused(412, () -> now)
            .startsWith(
                "This referral expired with no answer by its deadline on 19 December 2026 at"
                    + " 12:00am"),
        refused(412, () -> now));
  }

  @Test
  void whenTheReferralCannotBeReadTheGeneralWordsStand() {
    assertEquals(
        ReferralChanges.STALE,
        refused(
            412,
            () -> {
              throw new ApiProblemException(404, "not-found", "", List.of());
            }));
    assertEquals(ReferralChanges.STALE, refused(412, () -> referral(true)));
    assertEquals(ReferralChanges.STALE, refused(428, () -> referral(true, sent())));
  }

  @Test
  void aMessageWrittenSinceIsNotTheChangeThatMadeItStale() {
    Referral now =
        referral(
            true,
            sent(),
            TimelineEntry.change("WITHDRAWN", WITHDRAWN, "Pat Person", "PERSON", null, null),
            TimelineEntry.message(
                WITHDRAWN.plusSeconds(60),
                "Vera Vcfse",
                "RECEIVER",
                "Green Minds Wellbeing",
                "Noted"));
    assertTrue(refused(412, () -> now).startsWith("Pat Person withdrew this referral"));
  }

  @Test
  void aReferralNoLongerTheOrganisationsIsSaidToBeUnavailableNotAnErrorPage() {
    assertEquals(ReferralChanges.NOT_AVAILABLE, refused(404, () -> referral(true, sent())));
  }
}
