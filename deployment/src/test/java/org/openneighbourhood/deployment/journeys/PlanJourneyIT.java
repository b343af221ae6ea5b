package org.openneighbourhood.deployment.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openneighbourhood.deployment.stack.Demo.ALLOTMENT;
import static org.openneighbourhood.deployment.stack.Demo.GREEN_MINDS;
import static org.openneighbourhood.deployment.stack.Demo.NORTHGATE_PCN;
import static org.openneighbourhood.deployment.stack.Demo.WALKING;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.stack.RunningStack;
import org.openneighbourhood.deployment.stack.SecondLane;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The joined-up plan in a real browser: a link worker builds it with the person; a VCFSE worker
 * marks their organisation's action done and adds a note, and is offered no change to another
 * organisation's action; the person adds a goal in their own words and answers the wellbeing
 * questions on a phone-sized screen; everyone sees an overdue action in the commitments view; a
 * change made on a part someone else changed meanwhile is refused with the user's words kept; and
 * the person gives (and removes) their ethnic group and their sex on their details page, which a
 * link worker then records only once they confirm the person agreed.
 *
 * <p>Each journey registers its own person through the API (and gives them a sign-in when it needs
 * one), and puts the API's clock back if it moved it.
 */
@ExtendWith(RunningStack.WithMovableClock.class)
@Tag("plan")
@Tag("browser")
@SecondLane
class PlanJourneyIT {

  private static final ZoneId ENGLAND = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final int PHONE = 360;

  private LocalStack stack;
  private PlanSetup setup;
  private Browser browser;

  @RegisterExtension final Browsers browsers = new Browsers();

  @BeforeEach
  void openBrowser(LocalStack stack) {
    this.stack = stack;
    this.setup = new PlanSetup(stack);
    browser = browsers.open(stack.portalUrl());
  }

  private static LocalDate today() {
    return LocalDate.now(ENGLAND);
  }

  @Test
  void aLinkWorkerBuildsAPlanWithThePerson() {
    PlanSetup.Person sam = setup.registerPerson("Sam");
    // Green Minds works with Sam (an accepted referral), so it is in the care team.
    setup.referAndAccept(sam, WALKING, null, "vera.vcfse");

    SignIn.as(browser, "lina.link", "/people/find.xhtml");
    browser.open("/people/person.xhtml?id=" + sam.id());
    browser.arrivedAt("/people/person.xhtml");
    browser.click("see-plan");
    browser.arrivedAt("/plans/plan.xhtml");
    assertTrue(browser.heading().endsWith(sam.fullName() + "'s plan"), browser.heading());
    assertFalse(browser.has("communication-needs"), "nothing to show before it is written");
    PlanPages plan = PlanPages.ofCareTeam(browser);

    String communication = "I lip-read: face me and speak slowly. Write down anything important.";
    Map<String, String> aboutMe = new LinkedHashMap<>();
    aboutMe.put("whatMattersToMe", "My allotment, and my grandchildren visiting on Sundays.");
    aboutMe.put("importantPeople", "My daughter Jo, who lives nearby.");
    aboutMe.put("communication", communication);
    aboutMe.put("pleaseDo", "Call in the morning.");
    aboutMe.put("pleaseDont", "Don't talk to me about moving into a home.");
    plan.saveAboutMe(aboutMe);
    assertEquals(communication, browser.text("communication-needs-text"), "needs come first");
    assertEquals(aboutMe.get("whatMattersToMe"), browser.text("about-me-whatMattersToMe"));
    assertEquals(aboutMe.get("pleaseDont"), browser.text("about-me-pleaseDont"));

    // A goal without its words is refused, with the answers given kept.
    plan.follow("add-goal", "/plans/goal.xhtml");
    plan.fillGoal("", "8", "4");
    browser.click("save-goal");
    browser.arrivedAt("/plans/goal.xhtml");
    assertTrue(browser.text("description-error").contains("own words"), "says what is missing");
    assertEquals(
        "8", new Select(browser.find("importance")).getFirstSelectedOption().getAttribute("value"));
    assertEquals(
        "4", new Select(browser.find("confidence")).getFirstSelectedOption().getAttribute("value"));
    String goal = "I want to get back to my allotment two mornings a week.";
    browser.type("description", goal);
    browser.click("save-goal");
    browser.arrivedAt("/plans/plan.xhtml");
    assertTrue(plan.goals().contains(goal), plan.goals()::toString);
    String goalId = plan.goalId(goal);
    assertEquals("8 out of 10", browser.text("goal-importance-" + goalId));
    assertEquals("4 out of 10", browser.text("goal-confidence-" + goalId));
    assertEquals("Working on it", browser.text("goal-status-" + goalId));

    // Referring for the goal: the directory search for Sam, then the form with the goal chosen.
    browser.click("refer-for-" + goalId);
    browser.arrivedAt("/directory/find.xhtml");
    new ReferralPages(browser).chooseInDirectory(ALLOTMENT);
    assertEquals(
        goalId, new Select(browser.find("goal")).getFirstSelectedOption().getAttribute("value"));
    browser.open("/plans/plan.xhtml?person=" + sam.id());
    browser.arrivedAt("/plans/plan.xhtml");

    LocalDate due = today().plusDays(14);
    String what = "Introduce Sam to the Tuesday gardening group";
    plan.addAction(goalId, what, "Green Minds Wellbeing", due, "Jo can drive Sam there.");
    String actionId = plan.actionId(what);
    assertEquals("Green Minds Wellbeing", browser.text("action-owner-" + actionId));
    assertEquals(DAY.format(due), browser.text("action-due-" + actionId));
    assertEquals("Not started", browser.text("action-status-" + actionId));
    assertEquals("On track", browser.text("commitment-" + actionId));
    assertFalse(browser.has("update-action-" + actionId), "only Green Minds updates its action");

    LocalDate review = today().plusDays(90);
    plan.saveReview(review, "Northgate Primary Care Network");
    assertTrue(browser.text("review-on").startsWith(DAY.format(review)), browser.text("review-on"));
    assertEquals("Northgate Primary Care Network", browser.text("review-owner"));
    assertEquals("Booked", browser.text("review-state"));

    plan.saveContingency(
        "A fall at the allotment, or Jo being away.",
        "Ring Green Minds to rearrange; ask a neighbour to check in.",
        "Jo: 07700 900123. Green Minds: 0115 496 0000, weekdays.");
    assertEquals(
        "A fall at the allotment, or Jo being away.", browser.text("contingency-whatMightGoWrong"));

    plan.follow("see-history", "/plans/history.xhtml");
    List<String> history = plan.history();
    assertTrue(
        history.stream().anyMatch(e -> e.contains("Lina Link") && e.contains(communication)),
        history::toString);
    SignIn.out(browser);
  }

  @Test
  void thePersonGivesTheirEthnicGroupAndALinkWorkerRecordsItOnlyWithTheirAgreement() {
    PlanSetup.Person ash = setup.registerPerson("Ash");
    setup.provisionSignIn(ash);

    SignIn.as(browser, ash.username(), "/my/plan.xhtml");
    browser.open("/my/details.xhtml");
    browser.arrivedAt("/my/details.xhtml");
    assertTrue(browser.text("ethnicity").startsWith("Not recorded"), browser.text("ethnicity"));
    assertFalse(browser.has("remove-ethnicity"), "nothing to remove");
    browser.click("save-ethnicity");
    browser.arrivedAt("/my/details.xhtml");
    assertTrue(browser.has("ethnicCategory-error"), "an answer, or I would rather not say");
    browser.choose("ethnicCategory-N");
    browser.click("save-ethnicity");
    browser.arrivedAt("/my/details.xhtml");
    assertTrue(browser.has("ethnicity-saved"));
    assertTrue(browser.text("ethnicity").contains("African"), browser.text("ethnicity"));
    assertTrue(browser.find("ethnicCategory-N").isSelected(), "their answer is shown back");
    browser.choose("ethnicCategory-Z");
    browser.click("save-ethnicity");
    browser.arrivedAt("/my/details.xhtml");
    assertTrue(browser.text("ethnicity").startsWith("You would rather not say"));
    browser.click("remove-ethnicity");
    browser.arrivedAt("/my/details.xhtml");
    assertTrue(browser.has("ethnicity-removed"));
    assertTrue(browser.text("ethnicity").startsWith("Not recorded"), "removed, not 'not stated'");

    assertTrue(browser.text("sex").startsWith("Not recorded"), browser.text("sex"));
    assertFalse(browser.has("remove-sex"), "nothing to remove");
    browser.click("save-sex");
    browser.arrivedAt("/my/details.xhtml");
    assertTrue(browser.has("sexCode-error"), "an answer, or I would rather not say");
    browser.choose("sexCode-9");
    browser.click("save-sex");
    browser.arrivedAt("/my/details.xhtml");
    assertTrue(browser.has("sex-saved"));
    assertTrue(browser.text("sex").startsWith("Neither male nor female"), browser.text("sex"));
    assertTrue(browser.find("sexCode-9").isSelected(), "their answer is shown back");
    assertTrue(browser.text("ethnicity").startsWith("Not recorded"), "the ethnic group apart");
    browser.choose("sexCode-X");
    browser.click("save-sex");
    browser.arrivedAt("/my/details.xhtml");
    assertTrue(browser.text("sex").startsWith("You would rather not say"), browser.text("sex"));
    browser.click("remove-sex");
    browser.arrivedAt("/my/details.xhtml");
    assertTrue(browser.has("sex-removed"));
    assertTrue(browser.text("sex").startsWith("Not recorded"), "removed, not 'not known'");
    SignIn.out(browser);

    SignIn.as(browser, "lina.link", "/people/find.xhtml");
    browser.open("/people/person.xhtml?id=" + ash.id());
    browser.arrivedAt("/people/person.xhtml");
    browser.choose("ethnicCategory-H");
    browser.click("record-ethnicity");
    browser.arrivedAt("/people/person.xhtml");
    assertTrue(
        browser.text("ethnicityAgreed-error").contains("agreed"), "the person's agreement first");
    assertTrue(browser.find("ethnicCategory-H").isSelected(), "the choice is kept");
    assertTrue(browser.text("ethnicity").startsWith("Not recorded"), "nothing recorded");
    browser.choose("ethnicityAgreed");
    browser.click("record-ethnicity");
    browser.arrivedAt("/people/person.xhtml");
    assertFalse(browser.has("ethnicityAgreed-error"));
    assertTrue(browser.text("ethnicity").contains("Indian"), browser.text("ethnicity"));
    assertTrue(
        browser.text("ethnicity-recorded").contains("Recorded with agreement by Lina Link"),
        browser.text("ethnicity-recorded"));

    browser.choose("sexCode-2");
    browser.click("record-sex");
    browser.arrivedAt("/people/person.xhtml");
    assertTrue(browser.text("sexAgreed-error").contains("agreed"), "the person's agreement first");
    assertTrue(browser.find("sexCode-2").isSelected(), "the choice is kept");
    assertTrue(browser.text("sex").startsWith("Not recorded"), "nothing recorded");
    browser.choose("sexAgreed");
    browser.click("record-sex");
    browser.arrivedAt("/people/person.xhtml");
    assertFalse(browser.has("sexAgreed-error"));
    assertTrue(browser.text("sex").startsWith("Female"), browser.text("sex"));
    assertTrue(
        browser.text("sex-recorded").contains("Recorded with agreement by Lina Link"),
        browser.text("sex-recorded"));
    assertTrue(browser.text("ethnicity").contains("Indian"), "the ethnic group unchanged");
    SignIn.out(browser);
  }

  @Test
  void aVcfseWorkerMarksTheirActionDoneAndAddsANoteButCannotChangeAnotherOrganisationsAction() {
    PlanSetup.Person ana = setup.registerPerson("Ana");
    String goal = "I'd like to feel less lonely in the evenings.";
    String goalId = setup.addGoal("lina.link", ana, goal);
    String referralId = setup.referAndAccept(ana, WALKING, goalId, "vera.vcfse");
    String ours =
        setup.addAction(
            "lina.link",
            ana,
            goalId,
            "Walk with Ana on Thursdays",
            GREEN_MINDS,
            today().plusDays(10));
    String theirs =
        setup.addAction(
            "lina.link",
            ana,
            goalId,
            "Check in by phone after a month",
            NORTHGATE_PCN,
            today().plusDays(30));

    SignIn.as(browser, "vera.vcfse", "/inbox/index.xhtml");
    new InboxPages(browser).open(referralId);
    browser.click("see-plan");
    browser.arrivedAt("/plans/plan.xhtml");
    assertTrue(
        browser.text("goal-referrals-" + goalId).contains("Walking for wellbeing"),
        "the referral serves the goal");
    assertTrue(browser.has("update-action-" + ours), "Green Minds updates its own action");
    assertFalse(browser.has("update-action-" + theirs), "but not the network's");
    assertFalse(
        browser.has("edit-about-me"), "about me is the person's, written with a link worker");

    browser.open("/plans/action.xhtml?person=" + ana.id() + "&action=" + theirs);
    browser.arrivedAt("/plans/action.xhtml");
    assertEquals(
        "You cannot see this page", browser.heading(), "no form for another organisation's action");

    PlanPages plan = PlanPages.ofCareTeam(browser);
    plan.open(ana.id());
    plan.updateAction(ours, "DONE", "Ana came on three walks and wants to keep going.");
    assertTrue(
        browser.text("action-status-" + ours).startsWith("Done"),
        browser.text("action-status-" + ours));
    assertEquals("Done", browser.text("commitment-" + ours));
    assertEquals(
        "Ana came on three walks and wants to keep going.", browser.text("action-notes-" + ours));

    plan.addNote(goalId, "Ana has made friends in the group and swapped numbers with two of them.");
    List<String> notes = plan.notes();
    assertTrue(notes.get(0).contains("swapped numbers"), notes::toString);
    assertTrue(notes.get(0).contains("Vera Volunteer, Green Minds Wellbeing"), notes::toString);
    assertTrue(notes.get(0).contains(goal), "the note says which goal it is about");

    plan.follow("see-commitments", "/plans/commitments.xhtml");
    assertEquals("Done", browser.text("commitment-" + ours));
    assertEquals("On track", browser.text("commitment-" + theirs));
    SignIn.out(browser);
  }

  @Test
  void thePersonAddsAGoalInTheirOwnWordsAndAnswersTheWellbeingQuestionsOnAPhone() {
    PlanSetup.Person kit = setup.registerPerson("Kit");
    String communication = "Easy read, please, and text me rather than ringing.";
    setup.saveAboutMe(
        "lina.link",
        kit,
        Map.of("whatMattersToMe", "Music, and my cat Biscuit.", "communication", communication));
    setup.provisionSignIn(kit);

    SignIn.as(browser, kit.username(), "/my/plan.xhtml");
    browser.narrow(PHONE);
    PlanPages plan = PlanPages.ofPerson(browser);
    plan.open(kit.id());
    browser.assertNoSidewaysScrolling();
    assertEquals(
        communication, browser.text("communication-needs-text"), "shown back to them first");
    assertTrue(
        browser.text("communication-needs").contains("How you asked us to communicate with you"));

    plan.follow("add-goal", "/my/goal.xhtml");
    browser.assertNoSidewaysScrolling();
    String goal = "I want to play the piano at the community centre's open mic night.";
    plan.fillGoal(goal, "9", "3");
    browser.click("save-goal");
    browser.arrivedAt("/my/plan.xhtml");
    browser.assertNoSidewaysScrolling();
    assertTrue(plan.goals().contains(goal), plan.goals()::toString);
    assertEquals("9 out of 10", browser.text("goal-importance-" + plan.goalId(goal)));
    assertFalse(browser.has("wellbeing-chart"), "no chart before any answers");

    plan.follow("record-wellbeing", "/my/wellbeing.xhtml");
    assertTrue(
        browser
            .driver()
            .getPageSource()
            .contains("Overall, how satisfied are you with your life nowadays?"),
        "the ONS questions in their own words");
    plan.answerWellbeing("START", 6, null, 5, 4);
    browser.click("save-wellbeing");
    browser.arrivedAt("/my/wellbeing.xhtml");
    browser.assertNoSidewaysScrolling();
    assertTrue(browser.has("worthwhile-error"), "every question needs an answer");
    assertTrue(browser.find("lifeSatisfaction-6").isSelected(), "answers kept");
    assertTrue(browser.find("anxiety-4").isSelected(), "answers kept");
    browser.choose("worthwhile-7");
    browser.click("save-wellbeing");
    browser.arrivedAt("/my/plan.xhtml");

    plan.follow("record-wellbeing", "/my/wellbeing.xhtml");
    plan.answerWellbeing("CHECK_IN", 7, 8, 7, 2);
    browser.click("save-wellbeing");
    browser.arrivedAt("/my/plan.xhtml");
    browser.assertNoSidewaysScrolling();
    assertTrue(browser.has("wellbeing-chart"), "the chart shows once there are answers");
    assertEquals(
        4,
        browser
            .driver()
            .findElements(By.cssSelector("#wellbeing-chart svg.portal-chart polyline"))
            .size(),
        "one line for each question");
    List<String> rows = plan.wellbeingRows();
    assertEquals(2, rows.size(), rows::toString);
    assertTrue(rows.get(0).contains("At the start") && rows.get(0).contains("You"), rows::toString);
    assertTrue(rows.get(1).contains("Check-in"), rows::toString);
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("document.getElementById('wellbeing-chart').scrollIntoView();");
    browser.screenshot("my-plan-at-360-with-chart");

    // On paper: the plan, the person's communication needs and the chart, without the site's
    // navigation or any form or button.
    browser.wide();
    browser.asPrinted();
    try {
      assertTrue(browser.find("communication-needs-text").isDisplayed(), "needs printed");
      assertTrue(browser.find("wellbeing-chart").isDisplayed(), "chart printed");
      assertTrue(browser.find("goals").isDisplayed(), "goals printed");
      for (WebElement hidden :
          browser
              .driver()
              .findElements(By.cssSelector(".nhsuk-header__navigation, .nhsuk-button, form"))) {
        assertFalse(hidden.isDisplayed(), () -> "printed: " + hidden.getText());
      }
      browser.screenshot("my-plan-printed");
    } finally {
      browser.onScreen();
    }
    browser.narrow(PHONE);

    plan.follow("see-commitments", "/my/commitments.xhtml");
    browser.assertNoSidewaysScrolling();
    plan.open(kit.id());
    plan.follow("see-history", "/my/history.xhtml");
    browser.assertNoSidewaysScrolling();
    List<String> history = plan.history();
    assertTrue(
        history.stream().anyMatch(e -> e.contains("You") && e.contains(goal)), history::toString);

    // Kit codes what helps them (the Accessible Information Standard): their own view honours it.
    plan.open(kit.id());
    plan.follow("edit-about-me", "/my/about-me.xhtml");
    browser.choose("communicationNeeds-LARGE_PRINT");
    browser.choose("communicationNeeds-EASY_READ");
    browser.choose("preferredContact-TEXT");
    browser.click("save-about-me");
    browser.arrivedAt("/my/plan.xhtml");
    assertEquals(
        "Large print\nEasy read",
        browser.text("communication-needs-coded"),
        "first on the page, in words");
    assertEquals("Contact by text message", browser.text("communication-contact"));
    assertEquals(communication, browser.text("communication-needs-text"), "their words kept");
    assertTrue(
        browser.find("easy-read-intro").getText().startsWith("Hello Kit.\nThis is your plan."),
        "introduced in easy-read words");
    assertTrue(
        browser
            .driver()
            .findElement(By.tagName("html"))
            .getAttribute("class")
            .contains("portal-large-print"),
        "set larger");
    browser.assertNoSidewaysScrolling();
    plan.follow("see-history", "/my/history.xhtml");
    history = plan.history();
    assertTrue(
        history.stream().anyMatch(e -> e.contains("Large print; Easy read")), history::toString);
    browser.wide();
    SignIn.out(browser);
  }

  @Test
  void theCommitmentsViewShowsAnOverdueActionToTheCareTeamAndThePerson() {
    PlanSetup.Person lee = setup.registerPerson("Lee");
    String goalId = setup.addGoal("lina.link", lee, "I want to sort out my money worries.");
    String late =
        setup.addAction(
            "lina.link",
            lee,
            goalId,
            "Book Lee a benefits check",
            NORTHGATE_PCN,
            today().plusDays(1));
    String later =
        setup.addAction(
            "lina.link",
            lee,
            goalId,
            "Go through the letters with Lee",
            NORTHGATE_PCN,
            today().plusDays(30));
    setup.provisionSignIn(lee);
    try {
      stack.setClockAhead(Duration.ofDays(3));

      SignIn.as(browser, "lina.link", "/people/find.xhtml");
      PlanPages plan = PlanPages.ofCareTeam(browser);
      plan.open(lee.id());
      assertEquals("Overdue", browser.text("commitment-" + late));
      plan.follow("see-commitments", "/plans/commitments.xhtml");
      assertEquals("Overdue", browser.text("commitment-" + late));
      assertEquals("On track", browser.text("commitment-" + later));
      String counts = browser.text("counts-" + NORTHGATE_PCN);
      assertTrue(counts.contains("Overdue 1") && counts.contains("On track 1"), counts);
      SignIn.out(browser);

      SignIn.as(browser, lee.username(), "/my/plan.xhtml");
      browser.narrow(PHONE);
      PlanPages mine = PlanPages.ofPerson(browser);
      mine.open(lee.id());
      mine.follow("see-commitments", "/my/commitments.xhtml");
      browser.assertNoSidewaysScrolling();
      assertEquals("Overdue", browser.text("commitment-" + late), "the person sees the same view");
      assertEquals(counts, browser.text("counts-" + NORTHGATE_PCN));
      browser.wide();
      SignIn.out(browser);
    } finally {
      stack.setClockAhead(Duration.ZERO);
    }
  }

  @Test
  void aStaleEditShowsTheConflictMessageAndKeepsWhatTheUserTyped() {
    PlanSetup.Person mo = setup.registerPerson("Morgan");
    setup.saveAboutMe("lina.link", mo, Map.of("whatMattersToMe", "Football on the radio."));

    SignIn.as(browser, "lina.link", "/people/find.xhtml");
    PlanPages plan = PlanPages.ofCareTeam(browser);
    plan.open(mo.id());
    plan.follow("edit-about-me", "/plans/about-me.xhtml");
    String mine = "Football on the radio, and the pub quiz on Wednesdays.";
    browser.type("whatMattersToMe", mine);
    browser.type("pleaseDo", "Ask about the quiz.");

    // Meanwhile a colleague changes the same part (through the API, as another browser would).
    String theirs = "Football, and seeing my brother more.";
    setup.saveAboutMe("lina.link", mo, Map.of("whatMattersToMe", theirs));

    browser.click("save-about-me");
    browser.arrivedAt("/plans/about-me.xhtml");
    assertTrue(
        browser
            .text("maincontent")
            .contains("Someone else changed this while you were looking at it"),
        "says what happened");
    assertEquals(
        mine, browser.find("whatMattersToMe").getAttribute("value"), "the user's words are kept");
    assertEquals("Ask about the quiz.", browser.find("pleaseDo").getAttribute("value"));
    assertEquals(
        theirs, browser.text("latest-about-me-whatMattersToMe"), "and what it says now is shown");

    browser.click("save-about-me");
    browser.arrivedAt("/plans/plan.xhtml");
    assertEquals(mine, browser.text("about-me-whatMattersToMe"), "saved once the user has seen it");
    SignIn.out(browser);
  }
}
