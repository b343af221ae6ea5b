package org.openneighbourhood.deployment.journeys;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.openneighbourhood.deployment.stack.Demo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Sending a referral, and the referral's own page. */
final class ReferralPages {

  private final Browser browser;

  ReferralPages(Browser browser) {
    this.browser = browser;
  }

  /**
   * From the person's page to the referral form for one service, as a link worker does: the
   * directory search for them, by the service's name, then "Refer" on it.
   */
  void startFromPersonPage(String serviceId) {
    browser.click("find-service");
    browser.arrivedAt("/directory/find.xhtml");
    chooseInDirectory(serviceId);
  }

  /** On the directory search for a person: searches for a demo service and refers to it. */
  void chooseInDirectory(String serviceId) {
    chooseInDirectory(serviceId, Demo.nameOf(serviceId));
  }

  /**
   * On the directory search for a person: searches for the service by its name and refers to it.
   */
  void chooseInDirectory(String serviceId, String name) {
    browser.type("q", name);
    browser.type("postcode", "");
    browser.click("search");
    browser.arrivedAt("/directory/find.xhtml");
    browser.click("refer-" + serviceId);
    browser.arrivedAt("/referrals/new.xhtml");
    assertTrue(browser.has("capacity-" + serviceId), "the form is for the service chosen");
  }

  void fill(String reason, boolean consent) {
    browser.type("reason", reason);
    browser.choose("urgency-routine");
    if (consent) {
      browser.choose("consentToShare");
    }
  }

  /** Sends the referral and returns its id, read from the confirmation page's address. */
  String send() {
    browser.click("send-referral");
    browser.arrivedAt("/referrals/referral.xhtml");
    return idFromAddress();
  }

  /** Keeps the referral as a draft and returns its id. */
  String saveDraft() {
    browser.click("save-draft");
    browser.arrivedAt("/referrals/referral.xhtml");
    return idFromAddress();
  }

  /** Opens a referral the organisation sent, by its id. */
  void open(String referralId) {
    browser.open("/referrals/referral.xhtml?id=" + referralId);
    browser.arrivedAt("/referrals/referral.xhtml");
  }

  String idFromAddress() {
    String query = URI.create(browser.driver().getCurrentUrl()).getQuery();
    return query.replaceAll(".*id=([0-9a-f-]{36}).*", "$1");
  }

  String status() {
    return browser.text("referral-status");
  }

  /** The other services offered (their link texts), once a referral expired or was declined. */
  java.util.List<String> alternatives() {
    return browser.find("alternatives").findElements(By.className("alternative")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
