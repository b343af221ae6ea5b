package org.openneighbourhood.api.referral.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.directory.entity.Capacity;
import org.openneighbourhood.api.directory.entity.Service;
import org.openneighbourhood.api.directory.entity.ServiceNotAcceptingException;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.organisation.entity.Sector;
import org.openneighbourhood.api.person.entity.NhsNumber;
import org.openneighbourhood.api.person.entity.Person;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

class ReferralTest {

  private static final Instant SENT = Instant.parse("2025-03-03T09:00:00Z");
  private static final Instant LATER = Instant.parse("2025-03-04T11:30:00Z");
  private static final Deadline DEADLINE =
      new Deadline(Instant.parse("2025-03-18T00:00:00Z"), Instant.parse("2025-03-13T09:00:00Z"));

  private final Organisation pcn =
      new Organisation(
          UUID.randomUUID(), "northgate-pcn", "Northgate PCN", Sector.PCN, "U90001", null, null);
  private final Organisation greenMinds =
      new Organisation(
          UUID.randomUUID(), "green-minds", "Green Minds", Sector.VCFSE, null, "1190001", null);
  private final Person pat =
      new Person(
          UUID.randomUUID(),
          NhsNumber.parse("9990000018"),
          "Pat",
          "Example",
          LocalDate.of(1958, 4, 12),
          LocalDate.of(2025, 1, 1));

  private Service service(Capacity capacity) {
    return new Service(UUID.randomUUID(), greenMinds, "Walking", "Walks", List.of(), capacity, 10);
  }

  /** What Lina Link asks of a service taking referrals, for Pat. */
  private Referral.Request request(String reason, String whatMatters) {
    return new Referral.Request(
        pat,
        service(Capacity.ACCEPTING),
        pcn,
        "Lina Link",
        null,
        reason,
        whatMatters,
        Urgency.ROUTINE,
        null);
  }

  /** A draft Lina Link keeps for Pat. */
  private Referral draft(String reason) {
    return Referral.draft(UUID.randomUUID(), request(reason, null), SENT);
  }

  private Referral sent() {
    return Referral.send(
        UUID.randomUUID(),
        request("Lonely since bereavement", "Seeing people"),
        true,
        DEADLINE,
        SENT);
  }

  @Test
  void sentReferralStartsItsTimelineWithSent() {
    Referral referral = sent();
    assertEquals(ReferralStatus.SENT, referral.status());
    assertEquals(1, referral.timeline().size());
    StatusChange first = referral.timeline().get(0);
    assertEquals(ReferralStatus.SENT, first.status());
    assertEquals("Lina Link", first.by());
    assertEquals("Northgate PCN", first.organisationName().orElseThrow());
    assertEquals(greenMinds, referral.receivingOrganisation());
  }

  @Test
  void acceptingRecordsWhoAndWhenInTheTimeline() {
    Referral referral = sent();
    referral.accept("Vera Vcfse", null, LATER);
    assertEquals(ReferralStatus.ACCEPTED, referral.status());
    assertEquals(LATER, referral.decidedAt().orElseThrow());
    assertEquals(2, referral.timeline().size());
    StatusChange accepted = referral.timeline().get(1);
    assertEquals(ReferralStatus.ACCEPTED, accepted.status());
    assertEquals("Vera Vcfse", accepted.by());
    assertEquals("Green Minds", accepted.organisationName().orElseThrow());
  }

  @Test
  void decliningKeepsTheReasonAndNote() {
    Referral referral = sent();
    referral.decline(DeclineReason.OTHER, "Moved out of area", "Vera Vcfse", LATER);
    assertEquals(ReferralStatus.DECLINED, referral.status());
    assertEquals(DeclineReason.OTHER, referral.declineReason().orElseThrow());
    assertEquals("Moved out of area", referral.declineNote().orElseThrow());
    assertEquals("Moved out of area", referral.timeline().get(1).note().orElseThrow());
  }

  @Test
  void declinedReferralCannotBeAccepted() {
    Referral referral = sent();
    referral.decline(DeclineReason.NO_CAPACITY, null, "Vera Vcfse", LATER);
    assertThrows(
        InvalidTransitionException.class, () -> referral.accept("Vera Vcfse", null, LATER));
    assertEquals(ReferralStatus.DECLINED, referral.status());
    assertEquals(2, referral.timeline().size());
  }

  @Test
  void acceptedReferralCannotBeDeclined() {
    Referral referral = sent();
    referral.accept("Vera Vcfse", null, LATER);
    assertThrows(
        InvalidTransitionException.class,
        () -> referral.decline(DeclineReason.NOT_ELIGIBLE, null, "Vera Vcfse", LATER));
    assertEquals(ReferralStatus.ACCEPTED, referral.status());
    assertTrue(referral.declineReason().isEmpty());
  }

  @Test
  void referralCannotBeAcceptedTwice() {
    Referral referral = sent();
    referral.accept("Vera Vcfse", null, LATER);
    assertThrows(InvalidTransitionException.class, () -> referral.accept("Mo Money", null, LATER));
    assertEquals(2, referral.timeline().size());
  }

  @Test
  void decliningForOtherNeedsANote() {
    Referral referral = sent();
    var refused =
        assertThrows(
            InvalidInputException.class,
            () -> referral.decline(DeclineReason.OTHER, "  ", "Vera Vcfse", LATER));
    assertEquals("note", refused.fieldProblems().get(0).field());
    assertEquals(ReferralStatus.SENT, referral.status());
    assertEquals(1, referral.timeline().size());
  }

  @Test
  void sendingNeedsConsentToShare() {
    var refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                Referral.send(
                    UUID.randomUUID(),
                    new Referral.Request(
                        pat,
                        service(Capacity.ACCEPTING),
                        pcn,
                        "Lina Link",
                        null,
                        "Reason",
                        null,
                        Urgency.ROUTINE,
                        null),
                    false,
                    DEADLINE,
                    SENT));
    assertEquals("consentToShare", refused.fieldProblems().get(0).field());
  }

  @Test
  void pausedServiceRefusesReferrals() {
    assertThrows(
        ServiceNotAcceptingException.class,
        () ->
            Referral.send(
                UUID.randomUUID(),
                new Referral.Request(
                    pat,
                    service(Capacity.PAUSED),
                    pcn,
                    "Lina Link",
                    null,
                    "Reason",
                    null,
                    Urgency.URGENT,
                    null),
                true,
                DEADLINE,
                SENT));
  }

  @Test
  void waitlistedServiceStillTakesReferrals() {
    Referral referral =
        Referral.send(
            UUID.randomUUID(),
            new Referral.Request(
                pat,
                service(Capacity.WAITLIST),
                pcn,
                "Lina Link",
                null,
                "Reason",
                null,
                Urgency.ROUTINE,
                null),
            true,
            DEADLINE,
            SENT);
    assertEquals(ReferralStatus.SENT, referral.status());
  }

  @Test
  void timelineGrowsWithEachDecisionAndIsReadOnly() {
    Referral referral = sent();
    int before = referral.timeline().size();
    referral.accept("Vera Vcfse", null, LATER);
    assertEquals(before + 1, referral.timeline().size());
    assertThrows(UnsupportedOperationException.class, () -> referral.timeline().clear());
  }

  @Test
  void aDraftSharesNothingUntilSentWithConsent() {
    Referral draft = draft("Walks");
    assertEquals(ReferralStatus.DRAFT, draft.status());
    assertTrue(draft.sentAt().isEmpty());
    draft.editDraft("Walks with others", Urgency.URGENT);
    assertThrows(
        InvalidInputException.class, () -> draft.sendDraft("Lina Link", false, DEADLINE, LATER));
    draft.sendDraft("Lina Link", true, DEADLINE, LATER);
    assertEquals(ReferralStatus.SENT, draft.status());
    assertEquals(DEADLINE.respondBy(), draft.respondBy().orElseThrow());
    assertThrows(InvalidTransitionException.class, () -> draft.editDraft("Later", Urgency.ROUTINE));
  }

  @Test
  void workWithThePersonEndsWithAnOutcome() {
    Referral referral = sent();
    referral.accept("Vera", null, LATER);
    referral.start("Vera", "First walk booked", LATER);
    var noOutcome =
        assertThrows(InvalidInputException.class, () -> referral.complete(" ", "Vera", LATER));
    assertEquals("outcome", noOutcome.fieldProblems().get(0).field());
    referral.complete("Walks weekly", "Vera", LATER);
    assertEquals(ReferralStatus.COMPLETED, referral.status());
    assertTrue(referral.closed());
    assertThrows(
        InvalidTransitionException.class,
        () -> referral.withdraw(Actor.PERSON, "Pat", null, LATER));
  }

  @Test
  void thePersonWithdrawsInTheirOwnNameAndNoOrganisationIsNamed() {
    Referral referral = sent();
    referral.withdraw(Actor.PERSON, "Pat Example", "Feeling better", LATER);
    StatusChange last = referral.timeline().get(referral.timeline().size() - 1);
    assertEquals(Actor.PERSON, last.actor());
    assertTrue(last.organisationName().isEmpty());
    assertEquals(ReferralStatus.WITHDRAWN, referral.status());
  }

  @Test
  void anUnansweredReferralIsOverdueFromItsDeadlineAndThenExpires() {
    Referral referral = sent();
    assertFalse(referral.isOverdue(DEADLINE.respondBy().minusSeconds(1)));
    assertTrue(referral.isOverdue(DEADLINE.respondBy().plusSeconds(1)));
    assertTrue(referral.markSeen("Vera", LATER));
    assertFalse(referral.markSeen("Vera", LATER), "seen once");
    referral.expire(DEADLINE.respondBy().plusSeconds(1));
    assertEquals(ReferralStatus.EXPIRED, referral.status());
    assertFalse(referral.isOverdue(DEADLINE.respondBy().plusSeconds(1)), "no longer waiting");
  }

  @Test
  void theLastDayToAnswerIsTheDayBeforeTheDeadlineMidnightAndOverdueStartsAtIt() {
    // The deadline is 00:00 on Tuesday 18 March 2025 in London: Monday is the last day to answer.
    Referral referral = sent();
    assertEquals(LocalDate.of(2025, 3, 17), referral.answerBy().orElseThrow());
    assertFalse(referral.isOverdue(Instant.parse("2025-03-17T23:59:59Z")), "on time at 23:59:59");
    assertTrue(referral.isOverdue(Instant.parse("2025-03-18T00:00:00Z")), "late at midnight");
  }

  @Test
  void aDraftHasNoDayToAnswerBy() {
    Referral draft = draft("Lonely since bereavement");
    assertTrue(draft.answerBy().isEmpty());
    assertFalse(draft.isOverdue(LATER));
  }

  @Test
  void enteredInErrorNeedsANote() {
    Referral referral = sent();
    assertThrows(InvalidInputException.class, () -> referral.enteredInError("Lina", null, LATER));
    referral.enteredInError("Lina", "Wrong person", LATER);
    assertEquals(ReferralStatus.ENTERED_IN_ERROR, referral.status());
  }

  @Test
  void eachPartyWritesAMessageKeptInOrderWithWhoWroteItTrimmed() {
    Referral referral = sent();
    long version = referral.version();
    referral.write(Actor.REFERRER, "Lina Link", "  Can you call Pat this week?  ", LATER);
    referral.write(Actor.RECEIVER, "Vera Volunteer", "Yes, on Thursday", LATER.plusSeconds(60));
    referral.write(Actor.PERSON, "Pat Example", "Thursday suits me", LATER.plusSeconds(120));
    List<Message> messages = referral.messages();
    assertEquals(3, messages.size());
    assertEquals("Can you call Pat this week?", messages.get(0).text());
    assertEquals("Northgate PCN", messages.get(0).organisationName().orElseThrow());
    assertEquals("Green Minds", messages.get(1).organisationName().orElseThrow());
    assertEquals("Vera Volunteer", messages.get(1).by());
    assertFalse(messages.get(2).organisationName().isPresent());
    assertEquals(Actor.PERSON, messages.get(2).actor());
    // A message is not a change of status.
    assertEquals(ReferralStatus.SENT, referral.status());
    assertEquals(1, referral.timeline().size());
    assertEquals(version, referral.version());
  }

  @Test
  void aMessageIsOneToAThousandCharactersOnceTrimmed() {
    Referral referral = sent();
    InvalidInputException blank =
        assertThrows(
            InvalidInputException.class,
            () -> referral.write(Actor.REFERRER, "Lina Link", "   ", LATER));
    assertEquals("text", blank.fieldProblems().get(0).field());
    assertThrows(
        InvalidInputException.class,
        () -> referral.write(Actor.REFERRER, "Lina Link", null, LATER));
    assertThrows(
        InvalidInputException.class,
        () -> referral.write(Actor.REFERRER, "Lina Link", "x".repeat(1001), LATER));
    referral.write(Actor.REFERRER, "Lina Link", " " + "x".repeat(1000) + " ", LATER);
    assertEquals(1000, referral.messages().get(0).text().length());
  }

  @Test
  void noMessageOnADraftNorFromThePortal() {
    Referral draft = draft("Lonely since bereavement");
    assertThrows(
        InvalidTransitionException.class,
        () -> draft.write(Actor.REFERRER, "Lina Link", "Hello", LATER));
    assertTrue(draft.messages().isEmpty());
    Referral referral = sent();
    assertThrows(
        IllegalArgumentException.class,
        () -> referral.write(Actor.SYSTEM, "Neighbourhood portal", "Hello", LATER));
  }

  @Test
  void aMessageMayBeWrittenOnAClosedReferral() {
    Referral referral = sent();
    referral.withdraw(Actor.REFERRER, "Lina Link", null, LATER);
    referral.write(Actor.RECEIVER, "Vera Volunteer", "Noted, thank you", LATER.plusSeconds(5));
    assertEquals(1, referral.messages().size());
  }

  @Test
  void aMessagesTextIsNeverInItsToString() {
    Referral referral = sent();
    Message message = referral.write(Actor.PERSON, "Pat Example", "My secret words", LATER);
    assertFalse(message.toString().contains("secret"));
  }
}
