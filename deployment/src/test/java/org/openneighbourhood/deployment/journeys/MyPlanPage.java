package org.openneighbourhood.deployment.journeys;

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

  /** Opens "What you share" and stops sharing with one organisation. */
  void stopSharingWith(String organisationId) {
    browser.click("see-consents");
    browser.arrivedAt("/my/consents.xhtml");
    browser.click(By.cssSelector("#sharing-" + organisationId + " input[type=submit]"));
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
