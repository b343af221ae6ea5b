package org.openneighbourhood.deployment.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openneighbourhood.deployment.stack.Demo.PAT;
import static org.openneighbourhood.deployment.stack.Demo.WALKING;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.local.MailCatcher.Mail;
import org.openneighbourhood.deployment.stack.Api;
import org.openneighbourhood.deployment.stack.RunningStack;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Messages on a referral in a real browser: the link worker sends a referral and writes a message;
 * the VCFSE organisation is e-mailed that there is one (only that, with a link), follows the link,
 * reads it and replies; the person reads both on their own referrals page and replies; everyone
 * sees each message once, in order, with who wrote it. Every page is checked with axe on arrival.
 */
@ExtendWith(RunningStack.class)
@Tag("referrals")
@Tag("browser")
class ReferralMessagesJourneyIT {

  private static final String GREEN_MINDS_REFERRALS = "referrals@green-minds.example";
  private static final String LINA_EMAIL = "lina.link@northgate-pcn.example";
  private static final String PAT_EMAIL = "pat.person@people.example";
  private static final String SUBJECT = "New message on a referral";

  private LocalStack stack;
  private Browser browser;

  @RegisterExtension final Browsers browsers = new Browsers();

  @BeforeEach
  void openBrowser(LocalStack stack) {
    this.stack = stack;
    browser = browsers.open(stack.portalUrl());
  }

  @Test
  void theReferrerTheServiceAndThePersonWriteToEachOtherOnAReferral() {
    Api.Reply chosen =
        new Api(stack)
            .put("pat.person", "/me/contact", Map.of("email", PAT_EMAIL, "emailUpdates", true));
    assertEquals(200, chosen.status(), chosen::toString);
    int patToldBefore = mails(PAT_EMAIL, m -> true).size();
    String token = "#" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    String fromLina = "Pat would rather walk in the mornings " + token;
    String fromVera = "Tuesday at 10 from the park gates " + token;
    String fromPat = "Tuesday is good, thank you " + token;

    SignIn.as(browser, "lina.link", "/people/find.xhtml");
    browser.open("/directory/find.xhtml?person=" + PAT);
    browser.arrivedAt("/directory/find.xhtml");
    ReferralPages referral = new ReferralPages(browser);
    referral.chooseInDirectory(WALKING);
    referral.fill("Would like company on walks.", true);
    String id = referral.send();
    assertTrue(browser.has("send-message-heading"), "a sent referral takes messages");
    String tooLong = "x".repeat(1001);
    browser.type("message", tooLong);
    browser.click("send-message");
    browser.arrivedAt("/referrals/referral.xhtml");
    assertTrue(
        browser.text("message-error").endsWith("The message must be 1000 characters or fewer"),
        () -> browser.text("message-error"));
    assertEquals(tooLong, browser.find("message").getAttribute("value"), "kept as typed");
    assertEquals(List.of(), messages(), "nothing sent");
    sendMessage(fromLina, "/referrals/referral.xhtml");
    assertEquals(List.of(fromLina), messages());
    assertEquals("", browser.find("message").getAttribute("value"), "the box is empty again");
    SignIn.out(browser);

    Mail toGreenMinds =
        awaitMail(GREEN_MINDS_REFERRALS, m -> m.subject().equals(SUBJECT) && m.body().contains(id));
    assertNothingPrivate(toGreenMinds, fromLina);
    String link =
        toGreenMinds.links().stream()
            .filter(l -> l.endsWith("/inbox/referral.xhtml?id=" + id))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no link to the referral: " + toGreenMinds));

    SignIn.as(browser, "vera.vcfse", "/inbox/index.xhtml");
    browser.open(link.substring(browser.portalUrl().length()));
    browser.arrivedAt("/inbox/referral.xhtml");
    assertEquals(List.of(fromLina), messages());
    assertEquals(List.of("Lina Link, Northgate Primary Care Network"), writers());
    sendMessage(fromVera, "/inbox/referral.xhtml");
    assertEquals(List.of(fromLina, fromVera), messages());
    assertEquals(
        List.of(
            "Lina Link, Northgate Primary Care Network", "Vera Volunteer, Green Minds Wellbeing"),
        writers());
    SignIn.out(browser);

    Mail toLina = awaitMail(LINA_EMAIL, m -> m.subject().equals(SUBJECT) && m.body().contains(id));
    assertNothingPrivate(toLina, fromVera);
    // Vera's notices are sent (Lina has hers): none of them was to Green Minds itself.
    assertEquals(
        1,
        mails(GREEN_MINDS_REFERRALS, m -> m.body().contains(id)).size(),
        "Green Minds is told of Lina's message, not of its own reply");
    Mail toPat = awaitMail(PAT_EMAIL, m -> mails(PAT_EMAIL, x -> true).size() > patToldBefore);
    assertNothingPrivate(toPat, fromLina);
    assertNothingPrivate(toPat, fromVera);

    SignIn.as(browser, "pat.person", "/my/plan.xhtml");
    browser.open("/my/referrals.xhtml");
    browser.arrivedAt("/my/referrals.xhtml");
    MyReferralsPages mine = new MyReferralsPages(browser);
    assertEquals(List.of(fromLina, fromVera), mine.messages(id));
    List<String> story = mine.timeline(id);
    assertTrue(
        story.stream()
            .anyMatch(
                line -> line.startsWith("Message from Lina Link, Northgate Primary Care Network")),
        story::toString);
    mine.sendMessage(id, " ");
    assertTrue(
        browser.text("message-" + id + "-error").endsWith("Enter a message"),
        () -> browser.text("message-" + id + "-error"));
    mine.sendMessage(id, fromPat);
    assertEquals(List.of(fromLina, fromVera, fromPat), mine.messages(id), "each once, in order");
    List<String> after = mine.timeline(id);
    assertTrue(after.get(after.size() - 1).startsWith("Your message"), after::toString);
    SignIn.out(browser);

    SignIn.as(browser, "lina.link", "/people/find.xhtml");
    referral.open(id);
    assertEquals(List.of(fromLina, fromVera, fromPat), messages(), "each once, in order");
    assertEquals("the person", writers().get(2));
    SignIn.out(browser);
  }

  private void sendMessage(String text, String page) {
    browser.type("message", text);
    browser.click("send-message");
    browser.arrivedAt(page);
  }

  /** The messages in the referral page's timeline, in the order shown. */
  private List<String> messages() {
    return browser.find("timeline").findElements(By.className("message-text")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private List<String> writers() {
    return browser.find("timeline").findElements(By.className("message-from")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private static void assertNothingPrivate(Mail mail, String message) {
    String all = mail.subject() + "\n" + mail.body();
    assertFalse(all.contains(message), () -> "the message: " + all);
    for (String never : List.of("Pat", "walk", "Walking", "Green Minds", "9990000018")) {
      assertFalse(all.contains(never), () -> never + ": " + all);
    }
    assertTrue(all.contains("There is a new message on a referral"), all);
  }

  private List<Mail> mails(String address, Predicate<Mail> wanted) {
    return stack.mail().receivedBy(address).stream()
        .filter(m -> m.subject().equals(SUBJECT))
        .filter(wanted)
        .toList();
  }

  /** E-mail goes through an outbox that scheduled work empties every few seconds. */
  private Mail awaitMail(String address, Predicate<Mail> wanted) {
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < until) {
      List<Mail> found = mails(address, wanted);
      if (!found.isEmpty()) {
        return found.get(found.size() - 1);
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
}
