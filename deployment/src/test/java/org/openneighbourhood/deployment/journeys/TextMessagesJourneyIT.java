package org.openneighbourhood.deployment.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openneighbourhood.deployment.stack.Demo.WALKING;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.local.NotifyCatcher.Text;
import org.openneighbourhood.deployment.stack.Accounts;
import org.openneighbourhood.deployment.stack.Api;
import org.openneighbourhood.deployment.stack.People;
import org.openneighbourhood.deployment.stack.Referrals;
import org.openneighbourhood.deployment.stack.RunningStack;
import org.openneighbourhood.deployment.stack.Wait;

/**
 * Text messages in a real browser (issue 15): a person chooses texts on their referrals page (a
 * landline refused at the field and kept as typed, a mobile shown back as they would write it), a
 * Green Minds worker on "How to reach you"; a referral to Green Minds and a message on it reach
 * both by text, saying only that there is something to look at; each follows the link in their text
 * to the page it names. Every page is checked with axe on arrival.
 */
@ExtendWith(RunningStack.class)
@Tag("referrals")
@Tag("browser")
class TextMessagesJourneyIT {

  private LocalStack stack;
  private Api api;
  private Browser browser;

  @RegisterExtension final Browsers browsers = new Browsers();

  @BeforeEach
  void openBrowser(LocalStack stack) {
    this.stack = stack;
    this.api = new Api(stack);
    browser = browsers.open(stack.portalUrl());
  }

  @Test
  void aPersonAndAWorkerChooseTextsAndAreTextedWhenSomethingHappens() {
    int suffix = ThreadLocalRandom.current().nextInt(10_000, 99_999);
    String person = "tom.texts" + suffix;
    String worker = "wes.texts" + suffix;
    String personMobile = "07700 9" + suffix;
    String workerMobile = "07700 8" + suffix;
    People.Registered registered =
        People.register(api, "lina.link", People.registration("Tom", "Texts", "1975-06-07"));
    String personId = registered.id();
    stack.provision(Accounts.person(person, "Tom", "Texts", registered.nhsNumber()));
    stack.provision(Accounts.staffMember(worker, "green-minds"));

    SignIn.as(browser, person, "/my/plan.xhtml");
    browser.open("/my/referrals.xhtml");
    browser.arrivedAt("/my/referrals.xhtml");
    chooseTexts("020 7946 0018", "/my/referrals.xhtml");
    assertTrue(
        browser
            .text("mobile-error")
            .endsWith("Enter a UK mobile number, like 07700 900982 or +44 7700 900982"),
        () -> browser.text("mobile-error"));
    assertEquals("020 7946 0018", browser.find("mobile").getAttribute("value"), "kept as typed");
    assertTrue(browser.has("error-summary"), "in the error summary too");
    chooseTexts(" +44 7700 9" + suffix + " ", "/my/referrals.xhtml");
    assertTrue(browser.has("contact-saved"), "saved");
    assertEquals(personMobile, browser.find("mobile").getAttribute("value"), "as they write it");
    assertEquals("true", browser.find("textUpdates-yes").getDomProperty("checked"));
    SignIn.out(browser);

    SignIn.as(browser, worker, "/inbox/index.xhtml");
    browser.click("how-to-reach-me");
    browser.arrivedAt("/account/contact.xhtml");
    chooseTexts("0770090", "/account/contact.xhtml");
    assertTrue(browser.has("mobile-error"), "refused at the field");
    assertEquals("0770090", browser.find("mobile").getAttribute("value"));
    chooseTexts(workerMobile, "/account/contact.xhtml");
    assertTrue(browser.has("contact-saved"), "saved");
    assertEquals(workerMobile, browser.find("mobile").getAttribute("value"));
    SignIn.out(browser);

    try {
      referAndWrite(
          person, worker, personId, international(personMobile), international(workerMobile));
    } finally {
      api.put(worker, "/organisations/mine/staff/me/contact", Map.of("textUpdates", false));
    }
  }

  private void referAndWrite(
      String person, String worker, String personId, String personNumber, String workerNumber) {
    String id = Referrals.send(api, personId, WALKING, "Lonely since moving house");
    Wait.until(() -> !stack.texts().receivedBy(workerNumber).isEmpty(), "the worker is texted");
    Text toWorker = stack.texts().receivedBy(workerNumber).get(0);
    assertTrue(
        toWorker.body().contains("there is a new referral for your organisation"),
        toWorker::toString);
    Api.Reply written =
        api.post(
            "lina.link", "/referrals/" + id + "/messages", Map.of("text", "Tom prefers mornings"));
    assertEquals(201, written.status(), written::toString);
    Wait.until(() -> stack.texts().receivedBy(personNumber).size() >= 2, "the person is texted");
    List<Text> toPerson = stack.texts().receivedBy(personNumber);
    Text aboutMessage = toPerson.get(toPerson.size() - 1);
    assertEquals(
        "Neighbourhood portal: you have a new message about a referral. Sign in to read it: "
            + stack.portalUrl()
            + "/my/referrals.xhtml",
        aboutMessage.body());
    for (Text text : stack.texts().received()) {
      for (String never : List.of("Tom", "Texts", "Walking", "Green Minds", "Lonely", "mornings")) {
        assertFalse(text.body().contains(never), never + " in " + text);
      }
    }

    SignIn.as(browser, person, "/my/plan.xhtml");
    browser.open(aboutMessage.links().get(0).substring(browser.portalUrl().length()));
    browser.arrivedAt("/my/referrals.xhtml");
    assertEquals(List.of("Tom prefers mornings"), new MyReferralsPages(browser).messages(id));
    SignIn.out(browser);

    SignIn.as(browser, worker, "/inbox/index.xhtml");
    browser.open(toWorker.links().get(0).substring(browser.portalUrl().length()));
    browser.arrivedAt("/inbox/referral.xhtml");
    assertTrue(browser.driver().getCurrentUrl().endsWith("id=" + id));
    SignIn.out(browser);
  }

  private static String international(String national) {
    return "+44" + national.substring(1).replace(" ", "");
  }

  private void chooseTexts(String mobile, String page) {
    browser.choose("textUpdates-yes");
    browser.type("mobile", mobile);
    browser.click("save-contact");
    browser.arrivedAt(page);
  }
}
