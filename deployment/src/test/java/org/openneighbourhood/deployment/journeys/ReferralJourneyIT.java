package org.openneighbourhood.deployment.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openneighbourhood.deployment.stack.Demo.DEBT_ADVICE;
import static org.openneighbourhood.deployment.stack.Demo.GREEN_MINDS;
import static org.openneighbourhood.deployment.stack.Demo.PAT;
import static org.openneighbourhood.deployment.stack.Demo.WALKING;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.stack.RunningStack;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The walking skeleton's journeys in a real browser: a link worker refers, a VCFSE accepts or
 * declines, the person sees it, and everyone signs out. Users take turns in one browser, so each
 * sign-in after a sign-out proves the Keycloak session really ended.
 */
@ExtendWith(RunningStack.class)
@Tag("referrals")
@Tag("browser")
class ReferralJourneyIT {

  private Browser browser;

  /** Keeps a screenshot and the page source of the page a journey failed on, before it closes. */
  @RegisterExtension final Browsers browsers = new Browsers();

  @BeforeEach
  void openBrowser(LocalStack stack) {
    browser = browsers.open(stack.portalUrl());
  }

  @Test
  void linkWorkerRefersVcfseAcceptsAndThePersonSeesIt() {
    String whatMatters = "Seeing people again, and being outdoors when the weather is kind.";
    String goal = "I'd like to join a walking group on Saturday mornings.";

    SignIn.as(browser, "lina.link", "/people/find.xhtml");
    PeoplePages people = new PeoplePages(browser);
    people.find("123");
    browser.arrivedAt("/people/find.xhtml");
    assertTrue(browser.text("nhsNumber-error").contains("NHS number"));
    assertEquals("123", browser.find("nhsNumber").getAttribute("value"), "input kept");
    people.find("999 000 0018");
    browser.arrivedAt("/people/person.xhtml");
    PlanPages plan = people.openPlan();
    plan.saveAboutMe(Map.of("whatMattersToMe", whatMatters));
    assertEquals(whatMatters, browser.text("about-me-whatMattersToMe"));
    plan.addGoal(goal, null, null);
    assertTrue(plan.goals().contains(goal), plan.goals()::toString);
    browser.click("back-to-person");
    browser.arrivedAt("/people/person.xhtml");

    ReferralPages referral = new ReferralPages(browser);
    referral.startFromPersonPage(WALKING);
    browser.click("send-referral");
    browser.arrivedAt("/referrals/new.xhtml");
    assertTrue(browser.has("reason-error"), "reason is required");
    assertTrue(browser.has("consentToShare-error"), "consent is required");
    assertTrue(browser.has("capacity-" + WALKING), "the service chosen is kept");
    referral.fill("Pat has been isolated since her bereavement.", true);
    // A control character (NUL, as a paste or a script can send) is a message on the field.
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "document.getElementById('reason').value = arguments[0];",
            "Pat has been isolated\u0000 since her bereavement.");
    browser.click("send-referral");
    browser.arrivedAt("/referrals/new.xhtml");
    assertTrue(
        browser.text("reason-error").contains("control character"),
        () -> browser.text("reason-error"));
    assertTrue(
        browser.find("reason").getAttribute("value").startsWith("Pat has been isolated"),
        "the words are kept");
    browser.type("reason", "Pat has been isolated since her bereavement.");
    String referralId = referral.send();
    assertTrue(referral.status().contains("Waiting"), referral.status());
    SignIn.out(browser);

    SignIn.as(browser, "vera.vcfse", "/inbox/index.xhtml");
    InboxPages inbox = new InboxPages(browser);
    inbox.open(referralId);
    assertTrue(browser.text("referral-reason").contains("isolated"));
    inbox.accept();
    assertEquals("Accepted", inbox.status());
    assertFalse(inbox.canDecide(), "a decided referral offers no decision");
    browser.click("see-plan");
    browser.arrivedAt("/plans/plan.xhtml");
    assertEquals(
        whatMatters, browser.text("about-me-whatMattersToMe"), "the receiver sees the plan");
    browser.open("/people/find.xhtml");
    browser.arrivedAt("/people/find.xhtml");
    assertEquals("You cannot see this page", browser.heading(), "VCFSE staff do not search people");
    SignIn.out(browser);

    SignIn.as(browser, "pat.person", "/my/plan.xhtml");
    MyPlanPage mine = new MyPlanPage(browser);
    assertEquals(whatMatters, mine.whatMatters());
    assertTrue(mine.goals().contains(goal), mine.goals()::toString);
    assertTrue(
        mine.referrals()
            .contains("Green Minds Wellbeing accepted your referral to Walking for wellbeing"),
        mine.referrals()::toString);
    assertTrue(
        mine.careTeam().stream().anyMatch(m -> m.startsWith("Green Minds Wellbeing")),
        mine.careTeam()::toString);

    mine.stopSharingWith(GREEN_MINDS);
    assertTrue(browser.text("stopped").contains("Green Minds Wellbeing"));
    List<String> log = mine.accessLog();
    assertTrue(
        log.contains("Vera Volunteer at Green Minds Wellbeing looked at your plan"), log::toString);
    SignIn.out(browser);

    SignIn.as(browser, "vera.vcfse", "/inbox/index.xhtml");
    inbox.open(referralId);
    assertTrue(browser.has("not-shared"), "the person's details are withheld");
    assertFalse(browser.text("referral-details").contains("Pat"), "no name once withdrawn");
    assertEquals(
        "Withheld: the person's agreement to share it with Green Minds Wellbeing has ended",
        browser.text("referral-what-matters"),
        "withheld, and why: not an empty field");
    browser.open("/plans/plan.xhtml?person=" + PAT);
    browser.arrivedAt("/plans/plan.xhtml");
    // not shared any more: the page is not found, as for a record that does not exist
    assertEquals("Page not found", browser.heading(), "withdrawn means withdrawn");
    SignIn.out(browser);

    SignIn.as(browser, "olive.admin", "/admin/staff.xhtml");
    browser.open("/admin/access-log.xhtml");
    List<String> organisationLog =
        browser.find("access-log").findElements(By.className("access-log-entry")).stream()
            .map(WebElement::getText)
            .toList();
    assertTrue(
        organisationLog.contains(
            "Vera Volunteer at Green Minds Wellbeing looked at a person's plan"),
        organisationLog::toString);
    assertTrue(
        organisationLog.contains(
            "Vera Volunteer at Green Minds Wellbeing tried to look at a person's record and was"
                + " refused"),
        organisationLog::toString);
    SignIn.out(browser);

    SignIn.as(browser, "lina.link", "/people/find.xhtml");
    browser.open("/referrals/referral.xhtml?id=" + referralId);
    browser.arrivedAt("/referrals/referral.xhtml");
    assertTrue(browser.has("consent-ended"), "the referrer sees that consent has ended");
    SignIn.out(browser);
  }

  @Test
  void linkWorkerRegistersSomeoneNewAndTheVcfseDeclinesWithAReason() {
    SignIn.as(browser, "lina.link", "/people/find.xhtml");
    PeoplePages people = new PeoplePages(browser);
    people.find("9990000050");
    browser.arrivedAt("/people/find.xhtml");
    assertTrue(browser.has("register-person"), "offers to register someone not found");
    people.register("Robin", "Newcomer", 2, 3, 1990);
    assertTrue(browser.find("nhs-number").getText().contains("999 000 0050"));
    assertTrue(
        people.careTeam().stream().anyMatch(m -> m.startsWith("Northgate Primary Care Network")),
        people.careTeam()::toString);
    people.addToCareTeam("Riverside Surgery", false);
    assertTrue(browser.has("personAgreed-error"), "their agreement is required");
    assertEquals(
        "Riverside Surgery",
        new org.openqa.selenium.support.ui.Select(browser.find("organisationId"))
            .getFirstSelectedOption()
            .getText(),
        "the choice is kept");
    people.addToCareTeam("Riverside Surgery", true);
    assertTrue(
        people.careTeam().stream().anyMatch(m -> m.startsWith("Riverside Surgery")),
        people.careTeam()::toString);

    ReferralPages referral = new ReferralPages(browser);
    referral.startFromPersonPage(DEBT_ADVICE);
    referral.fill("Robin is behind on rent and council tax.", true);
    String referralId = referral.send();
    SignIn.out(browser);

    SignIn.as(browser, "mo.money", "/inbox/index.xhtml");
    InboxPages inbox = new InboxPages(browser);
    inbox.open(referralId);
    inbox.decline("OTHER", "");
    assertTrue(browser.has("declineNote-error"), "another reason needs a note");
    assertTrue(inbox.canDecide(), "nothing was decided");
    inbox.decline("NO_CAPACITY", "");
    assertTrue(inbox.status().startsWith("Declined"), inbox.status());
    SignIn.out(browser);

    SignIn.as(browser, "lina.link", "/people/find.xhtml");
    browser.open("/referrals/referral.xhtml?id=" + referralId);
    browser.arrivedAt("/referrals/referral.xhtml");
    assertTrue(referral.status().startsWith("Declined"), referral.status());

    browser.open("/referrals/referral.xhtml?id=" + java.util.UUID.randomUUID());
    browser.arrivedAt("/referrals/referral.xhtml");
    assertEquals("Page not found", browser.heading(), "an unknown referral");
    browser.open("/people/person.xhtml?id=not-an-id");
    browser.arrivedAt("/people/person.xhtml");
    assertEquals("Page not found", browser.heading(), "a malformed id");
    SignIn.cannotBeSignedOutByAnotherSite(browser);
    SignIn.out(browser);
  }
}
