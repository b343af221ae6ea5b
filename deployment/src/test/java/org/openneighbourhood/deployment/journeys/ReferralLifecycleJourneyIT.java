package org.openneighbourhood.deployment.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openneighbourhood.deployment.stack.Demo.ALLOTMENT;
import static org.openneighbourhood.deployment.stack.Demo.BENEFITS_CHECK;
import static org.openneighbourhood.deployment.stack.Demo.DEBT_ADVICE;
import static org.openneighbourhood.deployment.stack.Demo.PAT_POSTCODE;
import static org.openneighbourhood.deployment.stack.Demo.WALKING;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.local.MailCatcher.Mail;
import org.openneighbourhood.deployment.stack.Api;
import org.openneighbourhood.deployment.stack.Demo;
import org.openneighbourhood.deployment.stack.RunningStack;
import org.openneighbourhood.deployment.stack.SecondLane;

/**
 * The referral lifecycle in a real browser: a service declines with a reason, or waitlists and then
 * accepts, starts and completes; a change made on a page someone else changed meanwhile is refused
 * with the user's input kept; the person withdraws; an unanswered referral expires and the referrer
 * is offered other services; a paused service refuses a referral and says when it reopens; and the
 * e-mails that say so hold a link, never who the person is or why they were referred.
 *
 * <p>The stack is shared with every other test class: each journey registers its own person and
 * finds its referrals by id, and puts back any service capacity and the clock it changed.
 */
@ExtendWith(RunningStack.WithMovableClock.class)
@Tag("referrals")
@Tag("browser")
@SecondLane
class ReferralLifecycleJourneyIT {

  private static final String GREEN_MINDS_REFERRALS = "referrals@green-minds.example";
  private static final String LINA_EMAIL = "lina.link@northgate-pcn.example";
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private LocalStack stack;
  private Api api;
  private Browser browser;
  private Browser second;

  @RegisterExtension final Browsers browsers = new Browsers();

  @BeforeEach
  void openBrowser(LocalStack stack) {
    this.stack = stack;
    this.api = new Api(stack);
    browser = browsers.open(stack.portalUrl());
  }

  @Test
  void serviceDeclinesWithAReasonAfterAColleagueChangedItAndTheEmailsNameNoOne() {
    String reason = "Finds it hard to leave the house " + token() + ".";
    Registered person = registerAndRefer(WALKING, reason);
    SignIn.out(browser);

    Mail newReferral =
        awaitMail(GREEN_MINDS_REFERRALS, m -> m.body().contains(person.referralId()));
    assertPrivate(newReferral, person, reason);
    assertTrue(
        newReferral.links().stream()
            .anyMatch(l -> l.contains("/inbox/referral.xhtml?id=" + person.referralId())),
        newReferral::toString);

    SignIn.as(browser, "vera.vcfse", "/inbox/index.xhtml");
    InboxPages inbox = new InboxPages(browser);
    inbox.open(person.referralId(), "?status=SENT&status=SEEN");
    assertTrue(browser.has("respond-by"), "the deadline is shown");
    // Issue 15: the page names the day the e-mail names, the last working day to answer on.
    Matcher emailed =
        Pattern.compile("answer it by (\\w+ \\d+ \\w+ \\d{4})").matcher(newReferral.body());
    assertTrue(emailed.find(), newReferral::toString);
    assertEquals("Answer by " + emailed.group(1), browser.text("respond-by"));
    browser.choose("declineReason-OTHER");
    browser.type("declineNote", "We only run walks on weekdays now.");

    // A colleague puts it on the waiting list while Vera is still writing.
    JsonNode current = api.get("vera.vcfse", "/referrals/" + person.referralId()).body();
    Api.Reply waitlisted =
        api.send(
            "vera.vcfse",
            "POST",
            "/referrals/" + person.referralId() + "/waitlist",
            Map.of(),
            Map.of("If-Match", "\"" + current.path("version").asLong() + "\""));
    assertEquals(200, waitlisted.status(), waitlisted::toString);

    browser.click("decline");
    browser.arrivedAt("/inbox/referral.xhtml");
    String said = browser.text("maincontent");
    assertTrue(
        said.contains(", Green Minds Wellbeing put this referral on the waiting list on ")
            && said.contains(" while you were looking at it. Nothing you sent was saved."),
        "the stale change says who changed it meanwhile, and when: " + said);
    assertEquals(
        "We only run walks on weekdays now.", browser.find("declineNote").getAttribute("value"));
    assertTrue(browser.find("declineReason-OTHER").isSelected(), "the reason is kept");
    assertEquals("On the waiting list", inbox.status());
    assertFalse(browser.has("waitlist"), "no longer offered: it is on the waiting list");

    inbox.decline("OTHER", "");
    assertTrue(browser.has("declineNote-error"), "another reason needs a note");
    inbox.decline("OTHER", "We only run walks on weekdays now.");
    assertTrue(inbox.status().startsWith("Declined"), inbox.status());
    assertFalse(inbox.canDecide(), "a declined referral offers no answer");
    SignIn.out(browser);

    Mail decision =
        awaitMail(
            LINA_EMAIL,
            m -> m.body().contains(person.referralId()) && m.subject().contains("declined"));
    assertPrivate(decision, person, reason);
    assertTrue(
        decision.links().stream()
            .anyMatch(l -> l.contains("/referrals/referral.xhtml?id=" + person.referralId())),
        decision::toString);

    SignIn.as(browser, "lina.link", "/people/find.xhtml");
    ReferralPages referral = new ReferralPages(browser);
    referral.open(person.referralId());
    assertTrue(referral.status().startsWith("Declined"), referral.status());
    assertTrue(browser.text("timeline").contains("Put on the waiting list"), "the whole story");
    assertTrue(browser.has("alternatives-heading"), "other services are offered");
    assertFalse(browser.has("withdraw"), "a closed referral cannot be withdrawn");
    SignIn.out(browser);
  }

  @Test
  void serviceWaitlistsThenAcceptsStartsAndCompletes() {
    Registered person = registerAndRefer(ALLOTMENT, "Would like to grow vegetables.");
    SignIn.out(browser);

    SignIn.as(browser, "vera.vcfse", "/inbox/index.xhtml");
    InboxPages inbox = new InboxPages(browser);
    inbox.open(person.referralId());
    browser.type("answerNote", "We will have a plot free in spring.");
    inbox.waitlist();
    assertEquals("On the waiting list", inbox.status());
    assertTrue(browser.text("timeline").contains("We will have a plot free in spring."));
    inbox.accept();
    assertEquals("Accepted", inbox.status());
    inbox.start();
    assertEquals("In progress", inbox.status());

    // Working with them, Green Minds refers them on (VCFSE to VCFSE) from the same page.
    browser.click("refer-on");
    browser.arrivedAt("/directory/find.xhtml");
    ReferralPages onward = new ReferralPages(browser);
    onward.chooseInDirectory(DEBT_ADVICE);
    onward.fill("Worried about debts; asked us to refer them on.", true);
    String onwardId = onward.send();
    Api.Reply received = api.get("mo.money", "/referrals/" + onwardId);
    assertEquals(200, received.status(), received::toString);
    assertEquals(
        "Green Minds Wellbeing", received.body().path("referringOrganisationName").asText());
    inbox.open(person.referralId());
    inbox.complete("");
    assertTrue(browser.has("outcome-error"), "an outcome is required");
    inbox.complete("Comes every Tuesday and has made friends there.");
    assertEquals("Completed", inbox.status());
    assertEquals(
        "Comes every Tuesday and has made friends there.", browser.text("referral-outcome"));
    assertFalse(browser.has("complete"), "nothing more to do");
    SignIn.out(browser);

    SignIn.as(browser, "lina.link", "/people/find.xhtml");
    browser.open("/referrals/sent.xhtml?status=COMPLETED");
    browser.arrivedAt("/referrals/sent.xhtml");
    assertTrue(browser.find("status-COMPLETED").isSelected(), "the filter shows what it shows");
    ReferralPages referral = new ReferralPages(browser);
    referral.open(person.referralId());
    assertEquals("Completed", referral.status());
    SignIn.out(browser);
  }

  @Test
  void thePersonSeesWhatHappenedInPlainWordsAndWithdraws() {
    String referralId;
    SignIn.as(browser, "lina.link", "/people/find.xhtml");
    PeoplePages people = new PeoplePages(browser);
    people.find("999 000 0018");
    browser.arrivedAt("/people/person.xhtml");
    ReferralPages referral = new ReferralPages(browser);
    referral.startFromPersonPage(DEBT_ADVICE);
    referral.fill("Pat asked for help with a fuel debt.", false);
    referralId = referral.saveDraft();
    assertTrue(referral.status().startsWith("Draft"), referral.status());
    browser.click("send-draft");
    browser.arrivedAt("/referrals/referral.xhtml");
    assertTrue(browser.has("consentToShare-error"), "sending needs their agreement");
    browser.choose("consentToShare");
    browser.choose("howLong-date");
    browser.click("send-draft");
    browser.arrivedAt("/referrals/referral.xhtml");
    assertTrue(browser.has("until-error"), "'Until a date' needs the date");
    assertTrue(referral.status().startsWith("Draft"), "nothing sent: " + referral.status());
    browser.choose("howLong-referral-ends");
    browser.click("send-draft");
    browser.arrivedAt("/referrals/referral.xhtml");
    assertTrue(referral.status().startsWith("Waiting"), referral.status());
    assertEquals(
        "The person agreed to share it until the referral ends.", browser.text("consent-until"));
    SignIn.out(browser);

    SignIn.as(browser, "pat.person", "/my/plan.xhtml");
    MyReferralsPages mine = new MyReferralsPages(browser);
    mine.openFromPlan();
    String today = LocalDate.now(ZoneId.of("Europe/London")).format(DAY);
    List<String> timeline = mine.timeline(referralId);
    assertTrue(
        timeline.stream()
            .anyMatch(
                line ->
                    line.startsWith(
                        "Northgate Primary Care Network referred you to Debt advice on " + today)),
        timeline::toString);
    mine.askToWithdraw(referralId);
    assertTrue(browser.text("my-referral-" + referralId).contains("Are you sure?"));
    mine.keep(referralId);
    assertTrue(mine.canWithdraw(referralId), "nothing changed");
    mine.askToWithdraw(referralId);
    mine.confirmWithdraw(referralId);
    assertTrue(browser.has("withdrawn-confirmation"));
    timeline = mine.timeline(referralId);
    assertTrue(
        timeline.stream().anyMatch(line -> line.startsWith("You withdrew the referral")),
        timeline::toString);
    assertFalse(mine.canWithdraw(referralId), "a withdrawn referral cannot be withdrawn again");
    assertTrue(browser.find("emailUpdates-yes").isSelected(), "Pat has e-mail updates on");
    mine.chooseEmailUpdates(false);
    assertTrue(browser.has("contact-saved"));
    assertTrue(browser.find("emailUpdates-no").isSelected());
    mine.chooseEmailUpdates(true);
    assertTrue(browser.find("emailUpdates-yes").isSelected());

    browser.click("refer-yourself");
    browser.arrivedAt("/my/refer.xhtml");
    assertTrue(browser.has("choose-" + WALKING), "services taking self-referrals are offered");
    assertEquals(PAT_POSTCODE, browser.find("postcode").getAttribute("value"));
    assertEquals("Nearest to " + PAT_POSTCODE + " first.", browser.text("near-postcode"));
    assertTrue(
        browser
            .text("where-" + WALKING)
            .matches("\\d+\\.\\d km away: Northgate Park pavilion, NG7 1AE"),
        "how far from Pat's own postcode: " + browser.text("where-" + WALKING));
    browser.type("postcode", "ZZ9 9ZZ");
    browser.click("search");
    browser.arrivedAt("/my/refer.xhtml");
    assertTrue(
        browser.text("postcode-error").contains("We do not know where ZZ9 9ZZ is"),
        "a postcode the directory cannot place is said next to it");
    assertTrue(browser.has("choose-" + WALKING), "and the services are still shown");
    assertFalse(browser.has("near-postcode"));
    browser.type("postcode", "");
    browser.type("q", "debt advice");
    browser.click("search");
    browser.arrivedAt("/my/refer.xhtml");
    assertFalse(
        browser.has("result-" + DEBT_ADVICE), "one taking referrals from staff only is not");
    browser.type("q", "walking");
    browser.click("search");
    browser.arrivedAt("/my/refer.xhtml");
    browser.click("choose-" + WALKING);
    browser.arrivedAt("/my/refer.xhtml");
    assertTrue(browser.text("chosen-service-name").startsWith("Walking for wellbeing"));
    browser.click("send-self-referral");
    browser.arrivedAt("/my/refer.xhtml");
    assertTrue(browser.has("reason-error"), "their words are needed");
    assertTrue(browser.has("chosen-service"), "the service chosen is kept");
    SignIn.out(browser);

    SignIn.as(browser, "lina.link", "/people/find.xhtml");
    referral.open(referralId);
    assertEquals("Withdrawn", referral.status());
    assertTrue(browser.text("timeline").contains("by the person"), browser.text("timeline"));
    SignIn.out(browser);
  }

  @Test
  void anUnansweredReferralExpiresAndTheReferrerIsOfferedOtherServices() {
    JsonNode benefits = api.get("mo.money", "/services/" + BENEFITS_CHECK).body();
    try {
      declare("mo.money", BENEFITS_CHECK, "ACCEPTING", null, benefits);
      Registered person = registerAndRefer(DEBT_ADVICE, "Letters from bailiffs.");
      stack.setClockAhead(Duration.ofDays(40));
      ReferralPages referral = new ReferralPages(browser);
      long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      do {
        referral.open(person.referralId());
      } while (!referral.status().startsWith("Expired") && System.nanoTime() < until);
      assertTrue(referral.status().startsWith("Expired"), referral.status());
      List<String> alternatives = referral.alternatives();
      assertTrue(
          alternatives.stream().anyMatch(a -> a.contains("Benefits check")),
          alternatives::toString);
      browser.click("alternative-" + BENEFITS_CHECK);
      browser.arrivedAt("/referrals/new.xhtml");
      assertTrue(
          browser.text("chosen-service-name").startsWith("Benefits check"), "the service chosen");
      SignIn.out(browser);
    } finally {
      stack.setClockAhead(Duration.ZERO);
      declare("mo.money", BENEFITS_CHECK, benefits.path("capacity").asText(), null, benefits);
    }
  }

  @Test
  void aServicePausedWhileTheFormIsOpenRefusesTheReferralAndSaysWhenItReopens() {
    JsonNode debt = api.get("mo.money", "/services/" + DEBT_ADVICE).body();
    LocalDate reopens = LocalDate.now(ZoneId.of("Europe/London")).plusDays(45);
    try {
      SignIn.as(browser, "lina.link", "/people/find.xhtml");
      PeoplePages people = new PeoplePages(browser);
      people.find(Demo.freshNhsNumber());
      browser.arrivedAt("/people/find.xhtml");
      people.register("Sam", "Paused" + letters(), 4, 5, 1971);
      ReferralPages referral = new ReferralPages(browser);
      browser.click("find-service");
      browser.arrivedAt("/directory/find.xhtml");
      browser.type("q", "benefits check");
      browser.click("search");
      browser.arrivedAt("/directory/find.xhtml");
      assertTrue(browser.text("capacity-" + BENEFITS_CHECK).startsWith("Paused"), "a paused one");
      assertFalse(browser.has("refer-" + BENEFITS_CHECK), "cannot be referred to");
      referral.chooseInDirectory(DEBT_ADVICE);
      referral.fill("Rent arrears.", true);

      second = browsers.open(stack.portalUrl());
      SignIn.as(second, "mo.money", "/inbox/index.xhtml");
      second.click("declare-capacity");
      second.arrivedAt("/services/capacity.xhtml");
      second.click("change-" + DEBT_ADVICE);
      second.arrivedAt("/services/capacity.xhtml");
      second.choose("capacity-PAUSED");
      second.type("reopens-day", "31");
      second.type("reopens-month", "2");
      second.type("reopens-year", "2030");
      second.click("save-capacity");
      second.arrivedAt("/services/capacity.xhtml");
      assertTrue(second.has("reopensOn-error"), "31 February is not a day");
      assertEquals("31", second.find("reopens-day").getAttribute("value"), "input kept");
      second.type("reopens-day", Integer.toString(reopens.getDayOfMonth()));
      second.type("reopens-month", Integer.toString(reopens.getMonthValue()));
      second.type("reopens-year", Integer.toString(reopens.getYear()));
      second.click("save-capacity");
      second.arrivedAt("/services/capacity.xhtml");
      assertTrue(second.has("capacity-saved"));
      assertTrue(
          second.text("capacity-" + DEBT_ADVICE).contains("Paused until " + reopens.format(DAY)),
          second.text("capacity-" + DEBT_ADVICE));

      browser.click("send-referral");
      browser.arrivedAt("/referrals/new.xhtml");
      String message = browser.text("service-error");
      assertTrue(
          message.contains(reopens.format(DateTimeFormatter.ofPattern("d MMMM", Locale.UK))),
          message);
      assertEquals("Rent arrears.", browser.find("reason").getAttribute("value"), "input kept");
      assertTrue(
          browser.text("capacity-" + DEBT_ADVICE).startsWith("Paused until"),
          "shown as paused now: " + browser.text("capacity-" + DEBT_ADVICE));
      SignIn.out(browser);
      SignIn.out(second);
    } finally {
      declare("mo.money", DEBT_ADVICE, debt.path("capacity").asText(), null, debt);
    }
  }

  @Test
  void theSameFormSentTwiceMakesOneReferral() {
    SignIn.as(browser, "lina.link", "/people/find.xhtml");
    PeoplePages people = new PeoplePages(browser);
    people.find(Demo.freshNhsNumber());
    browser.arrivedAt("/people/find.xhtml");
    String familyName = "Twice" + letters();
    people.register("Jo", familyName, 1, 2, 1966);
    ReferralPages referral = new ReferralPages(browser);
    referral.startFromPersonPage(WALKING);
    referral.fill("Would like company on walks.", true);
    // The form posted twice as it stands (a double click that got past the script, or a retry
    // after a lost answer): both carry the key the form was shown with.
    @SuppressWarnings("unchecked")
    List<Object> statuses =
        (List<Object>)
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + "const f = document.getElementById('referral-form');"
                        + "const d = new URLSearchParams(new FormData(f));"
                        + "d.append('send-referral', 'Send referral');"
                        + "const post = () => fetch(f.action, {method: 'POST', body: d,"
                        + " credentials: 'same-origin'}).then(r => r.status);"
                        + "post().then(a => post().then(b => done([a, b])))"
                        + ".catch(e => done([String(e)]));");
    assertEquals(List.of(200L, 200L), statuses, "both posts answered");
    JsonNode sent = api.get("lina.link", "/referrals/sent?status=SENT&status=SEEN&size=100").body();
    long forThisPerson = 0;
    for (JsonNode row : sent) {
      if (familyName.equals(row.path("person").path("familyName").asText())) {
        forThisPerson++;
      }
    }
    assertEquals(1, forThisPerson, "one referral for one form");
    SignIn.out(browser);
  }

  /** Lina registers someone new and refers them; returns who, and the referral's id. */
  private Registered registerAndRefer(String serviceId, String reason) {
    SignIn.as(browser, "lina.link", "/people/find.xhtml");
    PeoplePages people = new PeoplePages(browser);
    String nhsNumber = Demo.freshNhsNumber();
    people.find(nhsNumber);
    browser.arrivedAt("/people/find.xhtml");
    String familyName = "Lifecycle" + letters();
    people.register("Alex", familyName, 12, 6, 1980);
    ReferralPages referral = new ReferralPages(browser);
    referral.startFromPersonPage(serviceId);
    referral.fill(reason, true);
    String id = referral.send();
    assertTrue(referral.status().startsWith("Waiting"), referral.status());
    return new Registered(nhsNumber, familyName, id);
  }

  private record Registered(String nhsNumber, String familyName, String referralId) {}

  private void declare(
      String user, String serviceId, String capacity, String reopensOn, JsonNode was) {
    Map<String, Object> body = new HashMap<>();
    body.put("capacity", capacity);
    body.put("reopensOn", reopensOn);
    body.put(
        "maxOpenReferrals",
        was.path("maxOpenReferrals").isNumber() ? was.path("maxOpenReferrals").asInt() : null);
    body.put("acceptsSelfReferral", was.path("acceptsSelfReferral").asBoolean());
    Api.Reply reply = api.put(user, "/services/" + serviceId + "/capacity", body);
    assertEquals(200, reply.status(), reply::toString);
  }

  /** E-mail goes through an outbox that scheduled work empties every few seconds. */
  private Mail awaitMail(String address, Predicate<Mail> wanted) {
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < until) {
      for (Mail mail : stack.mail().receivedBy(address)) {
        if (wanted.test(mail)) {
          return mail;
        }
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError(
        "no such mail for " + address + "; it has " + stack.mail().receivedBy(address));
  }

  private static void assertPrivate(Mail mail, Registered person, String reason) {
    String all = mail.subject() + "\n" + mail.body();
    assertFalse(all.contains(person.familyName()), () -> "names the person: " + all);
    assertFalse(all.contains(person.nhsNumber()), () -> "NHS number: " + all);
    assertFalse(
        all.replace(" ", "").contains(person.nhsNumber()), () -> "NHS number, spaced: " + all);
    assertFalse(all.contains(reason), () -> "the reason: " + all);
    assertFalse(all.contains("Alex"), () -> "given name: " + all);
  }

  private static String token() {
    return "#" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
  }

  private static String letters() {
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return letters.toString();
  }
}
