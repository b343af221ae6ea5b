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
    return browser.text("what-matters");
  }

  List<String> goals() {
    return texts(browser.find("goals").findElements(By.tagName("li")));
  }

  List<String> referrals() {
    return texts(browser.find("my-referrals").findElements(By.className("referral-status")));
  }

  private static List<String> texts(List<WebElement> elements) {
    return elements.stream().map(WebElement::getText).toList();
  }
}
