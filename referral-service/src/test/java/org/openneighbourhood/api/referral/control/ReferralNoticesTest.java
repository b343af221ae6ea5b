package org.openneighbourhood.api.referral.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.directory.entity.Capacity;
import org.openneighbourhood.api.directory.entity.Service;
import org.openneighbourhood.api.notification.control.Outbox;
import org.openneighbourhood.api.notification.control.PortalLinks;
import org.openneighbourhood.api.notification.control.TextRecipients;
import org.openneighbourhood.api.notification.control.TextRecipients.StaffMobile;
import org.openneighbourhood.api.notification.entity.Channel;
import org.openneighbourhood.api.notification.entity.Notice;
import org.openneighbourhood.api.notification.entity.TextMessage;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.organisation.entity.Sector;
import org.openneighbourhood.api.person.entity.NhsNumber;
import org.openneighbourhood.api.person.entity.Person;
import org.openneighbourhood.api.referral.boundary.ReferralView;
import org.openneighbourhood.api.referral.entity.Actor;
import org.openneighbourhood.api.referral.entity.Deadline;
import org.openneighbourhood.api.referral.entity.DeclineReason;
import org.openneighbourhood.api.referral.entity.Message;
import org.openneighbourhood.api.referral.entity.Referral;
import org.openneighbourhood.api.referral.entity.Urgency;
import org.openneighbourhood.api.texting.entity.UkMobile;

class ReferralNoticesTest {

  private static final Instant SENT = Instant.parse("2026-12-14T10:00:00Z");

  /** The outbox without its table: what would have been written. */
  private static final class WrittenNotices extends Outbox {
    final List<Notice> written = new ArrayList<>();

    @Override
    public int addAll(List<Notice> notices, Instant now) {
      written.addAll(notices);
      return notices.size();
    }
  }

  private static final class Links extends PortalLinks {
    @Override
    public String link(String path) {
      return "https://portal.example" + path;
    }
  }

  /** Staff who chose texts: Lina, who refers for Northgate, and Vera and Val at Green Minds. */
  private static final class StaffTexts extends TextRecipients {
    final Map<String, UkMobile> byEmail = new HashMap<>();
    final List<StaffMobile> receiver = new ArrayList<>();

    @Override
    public Optional<UkMobile> ofEmail(String email) {
      return Optional.ofNullable(byEmail.get(email));
    }

    @Override
    public List<StaffMobile> ofOrganisation(UUID organisationId) {
      return receiver;
    }
  }

  private final WrittenNotices outbox = new WrittenNotices();
  private final StaffTexts staffTexts = new StaffTexts();
  private final ReferralNotices notices = new ReferralNotices();

  ReferralNoticesTest() {
    notices.outbox = outbox;
    notices.links = new Links();
    notices.texts = staffTexts;
  }

  private static Referral sentWithDeadline(Instant respondBy) {
    return sentWithDeadline(respondBy, null);
  }

  private static Referral sentWithDeadline(Instant respondBy, String referrerEmail) {
    Organisation pcn =
        new Organisation(
            UUID.randomUUID(), "northgate-pcn", "Northgate PCN", Sector.PCN, "U90001", null, null);
    Organisation greenMinds =
        new Organisation(
            UUID.randomUUID(), "green-minds", "Green Minds", Sector.VCFSE, null, "1190001", null);
    greenMinds.sendReferralsTo("referrals@green-minds.example");
    Person pat =
        new Person(
            UUID.randomUUID(),
            NhsNumber.parse("9990000018"),
            "Pat",
            "Example",
            LocalDate.of(1958, 4, 12),
            LocalDate.of(2025, 1, 1));
    Service walking =
        new Service(
            UUID.randomUUID(), greenMinds, "Walking", "Walks", List.of(), Capacity.ACCEPTING, 4);
    return Referral.send(
        UUID.randomUUID(),
        new Referral.Request(
            pat,
            walking,
            pcn,
            "Lina Link",
            referrerEmail,
            "Lonely since bereavement",
            null,
            Urgency.ROUTINE,
            null),
        true,
        new Deadline(respondBy, null),
        SENT);
  }

  private static String dayInTheApi(Referral referral) {
    ReferralView view =
        ReferralView.masked(referral, new ReferralView.Context(true, SENT, Set.of(), List.of()));
    return PortalLinks.day(view.answerBy());
  }

  /**
   * In a submission, the texts to the receiving staff are one insert that reads their numbers from
   * staff_contact in the same statement (a submission stays at six round trips): none is read here,
   * and the insert is keyed as the notices read here would be.
   */
  @Test
  void aSubmissionTextsTheReceivingStaffFromTheDatabaseInItsOwnStatement() {
    staffTexts.receiver.add(new StaffMobile("vera", UkMobile.parse("07700900123")));
    Referral referral = sentWithDeadline(Instant.parse("2026-12-19T00:00:00Z"));

    List<org.openneighbourhood.api.schema.control.Insert> inserts =
        notices.changedInserts(referral, SENT);

    assertEquals(2, inserts.size(), inserts::toString);
    assertFalse(
        inserts.get(0).parameters().contains("+447700900123"),
        "the staff's texts are not among the notices read in Java");
    assertTrue(inserts.get(1).sql().contains("from staff_contact"), inserts.get(1).sql());
    assertEquals(
        "referral:" + referral.id() + ":" + referral.timeline().size() + ":receiver",
        inserts.get(1).parameters().get(0));
    String words = (String) inserts.get(1).parameters().get(1);
    assertTrue(words.contains("/inbox/referral.xhtml?id=" + referral.id()), words);
    assertFalse(words.contains("Walking") || words.contains("Pat"), words);
  }

  @Test
  void theNewReferralEmailNamesTheLastDayToAnswerAsTheApiDoes() {
    // Issue 15: the deadline 2026-12-19T00:00Z ends Friday 18 December.
    Referral referral = sentWithDeadline(Instant.parse("2026-12-19T00:00:00Z"));
    notices.changed(referral, SENT);
    Notice toReceiver = outbox.written.get(0);
    assertTrue(
        toReceiver.body().contains("Please answer it by Friday 18 December 2026."),
        toReceiver.body());
    assertEquals("Friday 18 December 2026", dayInTheApi(referral));
  }

  @Test
  void theReminderNamesTheSameDayAsTheApiAcrossTheClockGoingBack() {
    // Saturday 24 October 2026 00:00 BST ends Friday 23 October.
    Referral referral = sentWithDeadline(Instant.parse("2026-10-23T23:00:00Z"));
    notices.reminder(referral, SENT);
    Notice reminder = outbox.written.get(0);
    assertEquals("A referral needs an answer by Friday 23 October 2026", reminder.subject());
    assertTrue(
        reminder.body().contains("decline it by Friday 23 October 2026, or it will expire"),
        reminder.body());
    assertEquals("Friday 23 October 2026", dayInTheApi(referral));
  }

  @Test
  void theReminderNamesTheSameDayAsTheApiAcrossTheClockGoingForward() {
    // Tuesday 31 March 2026 00:00 BST ends Monday 30 March.
    Referral referral = sentWithDeadline(Instant.parse("2026-03-30T23:00:00Z"));
    notices.reminder(referral, SENT);
    assertEquals(
        "A referral needs an answer by Monday 30 March 2026", outbox.written.get(0).subject());
    assertEquals("Monday 30 March 2026", dayInTheApi(referral));
  }

  private static final Instant LATER = SENT.plusSeconds(3600);

  private Referral withPersonUpdates() {
    Referral referral =
        sentWithDeadline(Instant.parse("2026-12-19T00:00:00Z"), "lina.link@northgate.example");
    referral.person().chooseEmailUpdates("pat@example.org", true);
    return referral;
  }

  private List<String> recipients() {
    return outbox.written.stream().map(Notice::recipient).toList();
  }

  @Test
  void aMessageFromTheReferrerTellsTheReceiverAndThePersonButNotTheWriter() {
    Referral referral = withPersonUpdates();
    Message message =
        referral.write(Actor.REFERRER, "Lina Link", "Call Pat on 07700 900123", LATER);
    notices.message(referral, message, "lina.link@northgate.example", "lina", LATER);
    assertEquals(List.of("referrals@green-minds.example", "pat@example.org"), recipients());
    Notice toReceiver = outbox.written.get(0);
    assertEquals("New message on a referral", toReceiver.subject());
    assertTrue(
        toReceiver
            .body()
            .contains("https://portal.example/inbox/referral.xhtml?id=" + referral.id()),
        toReceiver.body());
    assertTrue(
        outbox.written.get(1).body().contains("https://portal.example/my/referrals.xhtml"),
        outbox.written.get(1).body());
  }

  @Test
  void aMessagesEmailHoldsNoTextNoServiceAndNoPerson() {
    Referral referral = withPersonUpdates();
    Message message = referral.write(Actor.PERSON, "Pat Example", "Call me on 07700 900123", LATER);
    notices.message(referral, message, "pat@example.org", "pat", LATER);
    assertEquals(
        List.of("lina.link@northgate.example", "referrals@green-minds.example"), recipients());
    for (Notice notice : outbox.written) {
      String all = notice.subject() + "\n" + notice.body();
      for (String secret :
          List.of("07700", "Call me", "Pat", "Example", "Walking", "Green Minds", "bereavement")) {
        assertTrue(!all.contains(secret), secret + " in: " + all);
      }
    }
    assertTrue(
        outbox.written.get(0).body().contains("/referrals/referral.xhtml?id=" + referral.id()));
  }

  @Test
  void aMessageFromTheReceiverTellsTheReferrerAndEachMessageHasItsOwnKey() {
    Referral referral = withPersonUpdates();
    notices.message(
        referral,
        referral.write(Actor.RECEIVER, "Vera Volunteer", "Thursday?", LATER),
        "vera@green-minds.example",
        "vera",
        LATER);
    notices.message(
        referral,
        referral.write(Actor.RECEIVER, "Vera Volunteer", "Or Friday?", LATER.plusSeconds(9)),
        "vera@green-minds.example",
        "vera",
        LATER);
    assertEquals(
        List.of(
            "lina.link@northgate.example",
            "pat@example.org",
            "lina.link@northgate.example",
            "pat@example.org"),
        recipients());
    assertEquals(
        4, outbox.written.stream().map(Notice::eventKey).distinct().count(), "one key each");
  }

  @Test
  void noOneIsWrittenToAtTheWritersOwnAddressWhicheverPartyItIs() {
    Referral referral =
        sentWithDeadline(Instant.parse("2026-12-19T00:00:00Z"), "referrals@green-minds.example");
    notices.message(
        referral,
        referral.write(Actor.RECEIVER, "Vera Volunteer", "Hello", LATER),
        "referrals@green-minds.example",
        "vera",
        LATER);
    assertEquals(List.of(), recipients());
  }

  private void everyoneChoseTexts(Referral referral) {
    referral.person().chooseTextUpdates("07700 900001", true);
    staffTexts.byEmail.put("lina.link@northgate.example", UkMobile.parse("07700900002"));
    staffTexts.receiver.add(new StaffMobile("vera", UkMobile.parse("07700900003")));
    staffTexts.receiver.add(new StaffMobile("val", UkMobile.parse("07700900004")));
  }

  private List<Notice> texts() {
    return outbox.written.stream().filter(n -> n.channel() == Channel.TEXT).toList();
  }

  @Test
  void aNewReferralIsTextedToTheReceivingStaffWhoChoseTextsBesidesTheEmail() {
    Referral referral =
        sentWithDeadline(Instant.parse("2026-12-19T00:00:00Z"), "lina.link@northgate.example");
    everyoneChoseTexts(referral);
    notices.changed(referral, SENT);
    assertEquals(
        List.of("referrals@green-minds.example", "+447700900003", "+447700900004", "+447700900001"),
        recipients());
    assertEquals(
        "Neighbourhood portal: there is a new referral for your organisation. Sign in to see it:"
            + " https://portal.example/inbox/referral.xhtml?id="
            + referral.id(),
        texts().get(0).body());
    assertEquals(
        TextMessage.REFERRAL_NEWS.words("https://portal.example/my/referrals.xhtml"),
        texts().get(2).body());
    assertEquals(
        outbox.written.size(),
        outbox.written.stream().map(Notice::eventKey).distinct().count(),
        "one key each");
  }

  @Test
  void aDecisionIsTextedToTheReferrerAndThePerson() {
    Referral referral =
        sentWithDeadline(Instant.parse("2026-12-19T00:00:00Z"), "lina.link@northgate.example");
    everyoneChoseTexts(referral);
    referral.accept("Vera Volunteer", null, LATER);
    notices.changed(referral, LATER);
    assertEquals(
        List.of("+447700900002", "+447700900001"),
        texts().stream().map(Notice::recipient).toList());
  }

  @Test
  void aMessageIsTextedToEveryOtherPartyWhoChoseTexts() {
    Referral referral = withPersonUpdates();
    everyoneChoseTexts(referral);
    notices.message(
        referral,
        referral.write(Actor.RECEIVER, "Vera Volunteer", "Thursday?", LATER),
        "vera@green-minds.example",
        "vera",
        LATER);
    assertEquals(
        List.of("+447700900002", "+447700900001"),
        texts().stream().map(Notice::recipient).toList());
    assertEquals(
        TextMessage.NEW_MESSAGE.words("https://portal.example/my/referrals.xhtml"),
        texts().get(1).body());
    outbox.written.clear();
    notices.message(
        referral,
        referral.write(Actor.PERSON, "Pat Example", "Friday is better", LATER.plusSeconds(60)),
        "pat@example.org",
        "pat",
        LATER);
    assertEquals(
        List.of("+447700900002", "+447700900003", "+447700900004"),
        texts().stream().map(Notice::recipient).toList());
  }

  @Test
  void noTextNamesThePersonTheServiceTheOrganisationOrWhy() {
    Referral referral =
        sentWithDeadline(Instant.parse("2026-12-19T00:00:00Z"), "lina.link@northgate.example");
    everyoneChoseTexts(referral);
    notices.changed(referral, SENT);
    notices.reminder(referral, SENT);
    notices.message(
        referral,
        referral.write(Actor.PERSON, "Pat Example", "Call me on 07700 900123", LATER),
        null,
        "pat",
        LATER);
    referral.decline(DeclineReason.NOT_ELIGIBLE, null, "Vera", LATER);
    notices.changed(referral, LATER);
    assertTrue(texts().size() >= 8, texts().toString());
    for (Notice text : texts()) {
      assertEquals("", text.subject());
      for (String secret :
          List.of(
              "07700",
              "Call me",
              "Pat",
              "Example",
              "Walking",
              "Green Minds",
              "Northgate",
              "bereavement",
              "Lonely",
              "declined",
              "eligible",
              "Vera",
              "Lina")) {
        assertTrue(!text.body().contains(secret), secret + " in: " + text.body());
      }
    }
  }
}
