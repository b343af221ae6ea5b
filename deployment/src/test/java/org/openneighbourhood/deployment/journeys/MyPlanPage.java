package org.openneighbourhood.deployment.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The person's own plan and referrals. */
final class MyPlanPage {

  private final Browser browser;

  MyPlanPage(Browser browser) {
    this.browser = browser;
  }

  String whatMatters() {
    return browser.text("about-me-whatMattersToMe");
  }

  List<String> goals() {
    return texts(browser.find("goals").findElements(By.className("goal-words")));
  }

  List<String> referrals() {
    return texts(browser.find("my-referrals").findElements(By.className("referral-status")));
  }

  List<String> careTeam() {
    return texts(browser.find("care-team").findElements(By.tagName("li")));
  }

  /**
   * Opens "What you share" and stops sharing with one organisation: asked first what that means,
   * first keeps sharing, then confirms.
   */
  void stopSharingWith(String organisationId) {
    browser.click("see-consents");
    browser.arrivedAt("/my/consents.xhtml");
    String card = "#sharing-" + organisationId;
    assertEquals(
        1,
        browser.driver().findElements(By.cssSelector(card + " .sharing-summary")).size(),
        "one line for the organisation, however many referrals");
    browser.click(By.cssSelector(card + " input[type=submit]"));
    browser.arrivedAt("/my/consents.xhtml");
    assertTrue(
        browser.text("confirm-stop-sharing").contains("will no longer see your name"),
        "what stopping means is said before it happens");
    browser.click(By.cssSelector(card + " input[id$='keep-sharing']"));
    browser.arrivedAt("/my/consents.xhtml");
    assertFalse(browser.has("confirm-stop-sharing"), "kept: nothing changed");
    browser.click(By.cssSelector(card + " input[type=submit]"));
    browser.arrivedAt("/my/consents.xhtml");
    browser.click(By.cssSelector(card + " input[id$='confirm-stop']"));
    browser.arrivedAt("/my/consents.xhtml");
  }

  List<String> accessLog() {
    browser.open("/my/access-log.xhtml");
    browser.arrivedAt("/my/access-log.xhtml");
    return texts(browser.find("access-log").findElements(By.className("access-log-entry")));
  }

  private static List<String> texts(List<WebElement> elements) {
    return elements.stream().map(WebElement::getText).toList();
  }
}
