package org.openneighbourhood.deployment.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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

/**
 * The three core journeys done with the keyboard alone (WCAG 2.1.1), in the page's own Tab order:
 * signing in through Keycloak, a link worker's referral, the VCFSE's acceptance, and the person
 * adding a goal to their own plan. {@link Browser#keyboardOnly} never clicks: a link, button or
 * field Tab cannot reach fails the journey.
 */
@ExtendWith(RunningStack.class)
@Tag("referrals")
@Tag("browser")
class KeyboardOnlyJourneyIT {

  private PlanSetup setup;
  private Browser browser;

  @RegisterExtension final Browsers browsers = new Browsers();

  @BeforeEach
  void openBrowser(LocalStack stack) {
    this.setup = new PlanSetup(stack);
    browser = browsers.add(Browser.keyboardOnly(stack.portalUrl()));
  }

  @Test
  void referAcceptAndThePersonsOwnPlanWithTheKeyboardAlone() {
    PlanSetup.Person jo = setup.registerPerson("Jo");
    setup.provisionSignIn(jo);
    setup.saveAboutMe(
        "lina.link",
        jo,
        Map.of(
            "communicationNeeds",
            List.of("BSL_INTERPRETER", "EXTRA_TIME"),
            "preferredContact",
            "TEXT",
            "communication",
            "Text first; I lip-read a little."));

    SignIn.as(browser, "lina.link", "/people/find.xhtml");
    PeoplePages people = new PeoplePages(browser);
    people.find(jo.nhsNumber());
    browser.arrivedAt("/people/person.xhtml");
    ReferralPages referral = new ReferralPages(browser);
    referral.startFromPersonPage(WALKING);
    referral.fill("Jo would like company on walks, at their own pace.", true);
    String referralId = referral.send();
    assertTrue(referral.status().startsWith("Waiting"), referral.status());
    assertCommunicationNeedsFirst();
    SignIn.out(browser);

    SignIn.as(browser, "vera.vcfse", "/inbox/index.xhtml");
    InboxPages inbox = new InboxPages(browser);
    inbox.open(referralId);
    assertTrue(browser.text("referral-reason").contains("at their own pace"));
    assertCommunicationNeedsFirst();
    inbox.accept();
    assertEquals("Accepted", inbox.status());
    SignIn.out(browser);

    SignIn.as(browser, jo.username(), "/my/plan.xhtml");
    MyPlanPage mine = new MyPlanPage(browser);
    assertTrue(
        mine.referrals()
            .contains("Green Minds Wellbeing accepted your referral to Walking for wellbeing"),
        mine.referrals()::toString);
    PlanPages plan = PlanPages.ofPerson(browser);
    plan.follow("add-goal", "/my/goal.xhtml");
    String goal = "Walk to the park and back without stopping by the spring.";
    plan.fillGoal(goal, "8", "6");
    browser.click("save-goal");
    browser.arrivedAt("/my/plan.xhtml");
    assertTrue(plan.goals().contains(goal), plan.goals()::toString);
    assertEquals("8 out of 10", browser.text("goal-importance-" + plan.goalId(goal)));
    SignIn.out(browser);
  }

  /** How to communicate with Jo: coded, in words, before anything else about the referral. */
  private void assertCommunicationNeedsFirst() {
    assertEquals(
        "A British Sign Language interpreter\nExtra time, and one thing at a time",
        browser.text("communication-needs-coded"));
    assertEquals("Contact by text message", browser.text("communication-contact"));
    assertEquals("Text first; I lip-read a little.", browser.text("communication-needs-text"));
    assertTrue(
        browser.find("communication-needs").getLocation().getY()
            < browser.find("referral-details").getLocation().getY(),
        "shown before the referral's details");
  }
}
