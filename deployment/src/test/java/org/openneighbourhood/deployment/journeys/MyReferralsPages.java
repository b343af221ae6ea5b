package org.openneighbourhood.deployment.journeys;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The person's own referrals, their e-mail updates choice, and referring themselves. */
final class MyReferralsPages {

  private final Browser browser;

  MyReferralsPages(Browser browser) {
    this.browser = browser;
  }

  void openFromPlan() {
    browser.click("see-referrals");
    browser.arrivedAt("/my/referrals.xhtml");
  }

  /** What happened to one referral, line by line, as the person reads it. */
  List<String> timeline(String referralId) {
    return card(referralId).findElements(By.className("my-timeline-entry")).stream()
        .map(WebElement::getText)
        .toList();
  }

  String status(String referralId) {
    return card(referralId).findElement(By.className("referral-status")).getText();
  }

  boolean canWithdraw(String referralId) {
    return !card(referralId).findElements(By.className("ask-withdraw")).isEmpty();
  }

  /** Presses withdraw, and is asked again before anything changes. */
  void askToWithdraw(String referralId) {
    browser.click(By.cssSelector("#my-referral-" + referralId + " .ask-withdraw"));
    browser.arrivedAt("/my/referrals.xhtml");
  }

  void confirmWithdraw(String referralId) {
    browser.click(By.cssSelector("#my-referral-" + referralId + " .confirm-withdraw-yes"));
    browser.arrivedAt("/my/referrals.xhtml");
  }

  void keep(String referralId) {
    browser.click(By.cssSelector("#my-referral-" + referralId + " .confirm-withdraw-no"));
    browser.arrivedAt("/my/referrals.xhtml");
  }

  void chooseEmailUpdates(boolean wanted) {
    browser.choose(wanted ? "emailUpdates-yes" : "emailUpdates-no");
    browser.click("save-contact");
    browser.arrivedAt("/my/referrals.xhtml");
  }

  /** The messages on one referral, in the order shown. */
  List<String> messages(String referralId) {
    return card(referralId).findElements(By.className("message-text")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Types a message in one referral's box and sends it. */
  void sendMessage(String referralId, String text) {
    browser.type("message-" + referralId, text);
    browser.click(By.cssSelector("#my-referral-" + referralId + " .send-message"));
    browser.arrivedAt("/my/referrals.xhtml");
  }

  private WebElement card(String referralId) {
    return browser.find("my-referral-" + referralId);
  }
}
