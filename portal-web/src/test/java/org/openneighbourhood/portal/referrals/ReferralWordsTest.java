package org.openneighbourhood.portal.referrals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.portal.api.Consent;
import org.openneighbourhood.portal.api.Referral;
import org.openneighbourhood.portal.api.Service;
import org.openneighbourhood.portal.api.TimelineEntry;

class ReferralWordsTest {

  private final ReferralWords words = new ReferralWords();

  private static Referral referral(String status, String declineReason) {
    return referral(status, declineReason, List.of());
  }

  private static Referral referral(
      String status, String declineReason, List<TimelineEntry> timeline) {
    return referral(
        status,
        declineReason,
        timeline,
        Instant.parse("2026-12-08T00:00:00Z"),
        LocalDate.of(2026, 12, 7));
  }

  /** A referral waiting for an answer, with the deadline as the API gives it. */
  private static Referral due(Instant respondBy, LocalDate answerBy) {
    return referral("SENT", null, List.of(), respondBy, answerBy);
  }

  private static Referral referral(
      String status,
      String declineReason,
      List<TimelineEntry> timeline,
      Instant respondBy,
      LocalDate answerBy) {
    return SampleReferral.of(status, null, declineReason, timeline, respondBy, answerBy);
  }

  private static Service service(String capacity, LocalDate reopensOn, Double days, Integer rate) {
    return new Service(
        UUID.randomUUID(),
        "Debt advice",
        "",
        UUID.randomUUID(),
        "Money Matters",
        List.of(),
        List.of(),
        capacity,
        reopensOn,
        null,
        5,
        true,
        false,
        days,
        rate,
        rate == null ? 0 : 10,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null,
        false,
        null);
  }

  @Test
  void aReferralWaitingForAnAnswerSaysWhenItIsDue() {
    assertEquals("Answer by Monday 7 December 2026", words.deadline(referral("SENT", null)));
    assertEquals("", words.deadline(referral("ACCEPTED", null)));
  }

  @Test
  void theDeadlineNamesTheLastDayToAnswerNotTheDayTheDeadlineInstantFallsOn() {
    // Issue 15: the API's deadline 2026-12-19T00:00Z is the midnight that ends Friday 18 December;
    // the e-mail says "by Friday 18 December 2026" and so must the inbox and referral pages.
    assertEquals(
        "Answer by Friday 18 December 2026",
        words.deadline(due(Instant.parse("2026-12-19T00:00:00Z"), LocalDate.of(2026, 12, 18))));
  }

  @Test
  void theDeadlineNamesTheLastDayToAnswerAcrossTheClockChanges() {
    // Tuesday 31 March 2026 00:00 BST, two days after the clocks went forward: Monday is the day.
    assertEquals(
        "Answer by Monday 30 March 2026",
        words.deadline(due(Instant.parse("2026-03-30T23:00:00Z"), LocalDate.of(2026, 3, 30))));
    // Saturday 24 October 2026 00:00 BST, the last weekend of summer time: Friday is the day.
    assertEquals(
        "Answer by Friday 23 October 2026",
        words.deadline(due(Instant.parse("2026-10-23T23:00:00Z"), LocalDate.of(2026, 10, 23))));
    // Tuesday 27 October 2026 00:00 GMT, two days after the clocks went back: Monday is the day.
    assertEquals(
        "Answer by Monday 26 October 2026",
        words.deadline(due(Instant.parse("2026-10-27T00:00:00Z"), LocalDate.of(2026, 10, 26))));
  }

  @Test
  void aWaitingReferralWithoutItsLastDayShowsNoDeadlineRatherThanAWrongOne() {
    assertEquals("", words.deadline(due(Instant.parse("2026-12-19T00:00:00Z"), null)));
  }

  @Test
  void servicesSayWhenTheyReopenHowFastTheyAnswerAndHowOftenTheyAccept() {
    assertEquals(
        "Paused until 1 March 2027",
        words.serviceCapacity(service("PAUSED", LocalDate.of(2027, 3, 1), null, null)));
    assertEquals("Waiting list", words.serviceCapacity(service("WAITLIST", null, null, null)));
    assertEquals(
        "Usually answers in about 3 working days",
        words.typicalResponse(service("ACCEPTING", null, 2.6, 80)));
    assertEquals(
        "Accepts 80% of referrals", words.acceptanceRate(service("ACCEPTING", null, 2.6, 80)));
    assertEquals("", words.typicalResponse(service("ACCEPTING", null, null, null)));
    assertEquals("", words.acceptanceRate(service("ACCEPTING", null, null, null)));
  }

  @Test
  void aWithheldFieldSaysWhy() {
    assertEquals(
        "Withheld: not shown to your role", new ReferralWords().withheld(referral("SENT", null)));
  }

  @Test
  void professionalsSeeWhoOpenedAReferralAndThatTheDeadlineIsThePortals() {
    ReferralWords words = new ReferralWords();
    Instant at = Instant.parse("2026-12-04T10:00:00Z");
    assertEquals(
        "Vera Volunteer, Green Minds Wellbeing",
        words.timelineWho(
            TimelineEntry.change(
                "SEEN", at, "Vera Volunteer", "SYSTEM", "Green Minds Wellbeing", null)));
    assertEquals(
        "the portal",
        words.timelineWho(
            TimelineEntry.change(
                "EXPIRED",
                at,
                "Neighbourhood portal",
                "SYSTEM",
                null,
                "No answer by the deadline")));
  }

  @Test
  void thePersonReadsTheTimelineInPlainWords() {
    Instant march = Instant.parse("2026-03-03T10:00:00Z");
    TimelineEntry sent =
        TimelineEntry.change(
            "SENT", march, "Lina Link", "REFERRER", "Northgate Primary Care Network", null);
    TimelineEntry accepted =
        TimelineEntry.change(
            "ACCEPTED", march, "Vera Volunteer", "RECEIVER", "Green Minds Wellbeing", null);
    TimelineEntry withdrawn = TimelineEntry.change("WITHDRAWN", march, "Pat", "PERSON", null, null);
    Referral referral = referral("WITHDRAWN", null, List.of(sent, accepted, withdrawn));
    assertEquals(
        "Northgate Primary Care Network referred you to Walking for wellbeing on 3 March 2026",
        words.forPerson(referral, sent));
    assertEquals(
        "Green Minds Wellbeing accepted the referral", words.forPerson(referral, accepted));
    assertEquals("You withdrew the referral", words.forPerson(referral, withdrawn));
    assertEquals(
        "You referred yourself to Walking for wellbeing on 3 March 2026",
        words.forPerson(
            referral, TimelineEntry.change("SENT", march, "Pat", "PERSON", null, null)));
  }

  @Test
  void professionalsReadTheStatusInPlainWords() {
    assertEquals("Waiting for a reply", words.status(referral("SENT", null)));
    assertEquals("Accepted", words.status(referral("ACCEPTED", null)));
    assertEquals(
        "Declined: No space at the moment", words.status(referral("DECLINED", "NO_CAPACITY")));
  }

  @Test
  void theReceivingOrganisationSeesNewReferralsAsNeedingAReply() {
    assertEquals("Needs a reply", words.inboxStatus(referral("SENT", null)));
    assertEquals("Accepted", words.inboxStatus(referral("ACCEPTED", null)));
  }

  @Test
  void thePersonReadsWhoIsDoingWhat() {
    assertEquals(
        "Waiting for Green Minds Wellbeing to reply", words.forPerson(referral("SENT", null)));
    assertEquals(
        "Green Minds Wellbeing accepted your referral to Walking for wellbeing",
        words.forPerson(referral("ACCEPTED", null)));
    assertEquals(
        "Green Minds Wellbeing could not take your referral: the service is not right for them",
        words.forPerson(referral("DECLINED", "NOT_ELIGIBLE")));
  }

  @Test
  void everyDeclineReasonHasPlainWords() {
    assertEquals("No space at the moment", words.declineReason("NO_CAPACITY"));
    assertEquals("The service is not right for them", words.declineReason("NOT_ELIGIBLE"));
    assertEquals("They did not want the service", words.declineReason("PERSON_DECLINED"));
    assertEquals("Could not get in touch with them", words.declineReason("COULD_NOT_CONTACT"));
    assertEquals("Another reason", words.declineReason("OTHER"));
  }

  @Test
  void capacityIsSaidTheWayReferrersThinkOfIt() {
    assertEquals("Accepting referrals", words.capacity("ACCEPTING"));
    assertEquals("Waiting list", words.capacity("WAITLIST"));
    assertEquals("Paused \u2013 not taking referrals", words.capacity("PAUSED"));
  }

  @Test
  void aStatusThisVersionDoesNotKnowStillReadsAsWords() {
    assertEquals("Referred elsewhere", words.status(referral("REFERRED_ELSEWHERE", null)));
    assertEquals("Not known", ReferralWords.humanise(null));
  }

  @Test
  void urgencyInPlainWords() {
    assertEquals("Routine", words.urgency("ROUTINE"));
    assertEquals("Urgent", words.urgency("URGENT"));
  }

  @Test
  void aConsentReadsAsThePersonAgreedIt() {
    Consent active =
        new Consent(
            UUID.randomUUID(),
            UUID.randomUUID(),
            "Green Minds Wellbeing",
            "REFERRAL",
            UUID.randomUUID(),
            "Walking for wellbeing",
            Instant.parse("2025-06-03T09:15:00Z"),
            "Lina Link",
            "Northgate Primary Care Network",
            "A_YEAR",
            LocalDate.of(2026, 6, 3),
            false,
            200L,
            false,
            Instant.parse("2026-06-03T09:15:00Z"),
            null,
            null,
            true);
    assertEquals(
        "You agreed to receive a referral, with what matters to you and your plan on 3 June 2025"
            + " (recorded by Lina Link at Northgate Primary Care Network), until 3 June 2026.",
        words.consent(active));
    Consent withdrawn =
        new Consent(
            active.id(),
            active.organisationId(),
            active.organisationName(),
            "KEEP_RECORD",
            null,
            null,
            active.recordedAt(),
            active.recordedBy(),
            active.recordedByOrganisationName(),
            "A_YEAR",
            active.until(),
            false,
            null,
            false,
            active.validUntil(),
            Instant.parse("2025-07-01T12:00:00Z"),
            "Pat Example",
            false);
    assertTrue(words.consent(withdrawn).endsWith("You stopped it on 1 July 2025."));
  }

  @Test
  void aMessageSaysWhoWroteItAndItsTextOrWhyItIsWithheld() {
    Instant at = Instant.parse("2026-12-04T10:00:00Z");
    TimelineEntry fromVera =
        TimelineEntry.message(
            at, "Vera Volunteer", "RECEIVER", "Green Minds Wellbeing", "Thursday at 10?");
    TimelineEntry fromPat = TimelineEntry.message(at, "Pat Person", "PERSON", null, "Yes please");
    TimelineEntry withheld =
        TimelineEntry.message(at, "Lina Link", "REFERRER", "Northgate Primary Care Network", null);
    Referral referral = referral("SENT", null, List.of(fromVera, fromPat, withheld));
    assertEquals("Message", words.timelineEvent(fromVera));
    assertEquals("Vera Volunteer, Green Minds Wellbeing", words.timelineWho(fromVera));
    assertEquals("the person", words.timelineWho(fromPat));
    assertEquals("Thursday at 10?", words.messageText(referral, fromVera));
    assertEquals(words.withheld(referral), words.messageText(referral, withheld));
    assertEquals(
        "Message from Vera Volunteer, Green Minds Wellbeing", words.forPerson(referral, fromVera));
    assertEquals("Your message", words.forPerson(referral, fromPat));
  }
}
