package org.openneighbourhood.deployment.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openneighbourhood.deployment.stack.Demo.NORTHGATE_PCN;
import static org.openneighbourhood.deployment.stack.Demo.WALKING;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.stack.Api.Reply;
import org.openneighbourhood.deployment.stack.Referrals;
import org.openneighbourhood.deployment.stack.RunningStack;
import org.openneighbourhood.deployment.stack.SecondLane;
import org.openneighbourhood.deployment.stack.Wait;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The link worker's start page in a real browser: the people they support, with what is waiting and
 * on whom. A referral waits for its receiver's answer by a named day until the receiver accepts; an
 * action not done by its day is marked overdue. The journey registers its own person and puts the
 * API's clock back after moving it.
 */
@ExtendWith(RunningStack.WithMovableClock.class)
@Tag("caseload")
@Tag("browser")
@SecondLane
class CaseloadJourneyIT {

  private static final ZoneId ENGLAND = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DAY_OF_WEEK =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
  private static final String START = "/people/find.xhtml";

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

  /**
   * The text of the person's rows on the start page, following its pages until they appear; empty
   * when they are on none.
   */
  private String rowsOf(PlanSetup.Person person) {
    browser.open(START);
    browser.arrivedAt(START);
    for (int page = 0; page < 100; page++) {
      List<WebElement> rows =
          browser.driver().findElements(By.cssSelector("tr[data-person='" + person.id() + "']"));
      if (!rows.isEmpty()) {
        return rows.stream().map(WebElement::getText).collect(Collectors.joining("\n"));
      }
      if (!browser.has("next-page")) {
        return "";
      }
      browser.click("next-page");
      browser.arrivedAt(START);
    }
    return "";
  }

  @Test
  void aLinkWorkerSeesWhatIsWaitingOnWhomOnTheirStartPage() {
    PlanSetup.Person casey = setup.registerPerson("Casey");
    Reply referred =
        Referrals.trySend(
            setup.api(), Referrals.referral(casey.id(), WALKING, "Would like company on walks"));
    assertEquals(201, referred.status(), referred::toString);
    JsonNode referral = referred.body();
    String answerBy = DAY_OF_WEEK.format(LocalDate.parse(referral.path("answerBy").asText()));

    SignIn.as(browser, "lina.link", START);
    assertTrue(browser.has("nhsNumber"), "the NHS number search is still on the start page");
    String rows = rowsOf(casey);
    assertTrue(rows.contains(casey.fullName()), rows);
    assertTrue(
        rows.contains("waiting for Green Minds Wellbeing to answer by " + answerBy),
        "what waits, on whom, by when: " + rows);
    assertFalse(rows.contains("Overdue"), rows);
    WebElement name =
        browser.driver().findElement(By.cssSelector("tr[data-person='" + casey.id() + "'] a"));
    assertTrue(
        name.getAttribute("href").endsWith("/plans/plan.xhtml?person=" + casey.id()),
        "the name opens their plan");

    String referralId = referral.path("id").asText();
    Reply accepted =
        setup
            .api()
            .atVersionOf("vera.vcfse", referralId)
            .post("vera.vcfse", "/referrals/" + referralId + "/accept", null);
    assertEquals(200, accepted.status(), accepted::toString);
    String afterAnswer = rowsOf(casey);
    assertFalse(afterAnswer.contains("to answer by"), afterAnswer);
    assertTrue(afterAnswer.contains("Nothing waiting"), afterAnswer);

    String goalId = setup.addGoal("lina.link", casey, "I want to get out of the house more.");
    String action = "Find Casey a walking buddy";
    setup.addAction(
        "lina.link", casey, goalId, action, NORTHGATE_PCN, LocalDate.now(ENGLAND).plusDays(1));
    try {
      stack.setClockAhead(Duration.ofDays(3));
      // The API reads the clock's offset again at most every 100 ms: the next page may not see it.
      Wait.until(
          () -> rowsOf(casey).contains("Action not done: " + action),
          "the action to be overdue on the start page");
      String overdue = rowsOf(casey);
      assertTrue(overdue.contains("Action not done: " + action), overdue);
      assertTrue(overdue.contains("Overdue"), "marked overdue: " + overdue);
      assertTrue(overdue.contains("You"), "on Lina's own organisation: " + overdue);
    } finally {
      stack.setClockAhead(Duration.ZERO);
    }
  }
}
