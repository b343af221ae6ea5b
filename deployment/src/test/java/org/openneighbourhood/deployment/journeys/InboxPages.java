package org.openneighbourhood.deployment.journeys;

/** The receiving organisation's inbox and its decision page. */
final class InboxPages {

  private final Browser browser;

  InboxPages(Browser browser) {
    this.browser = browser;
  }

  void open(String referralId) {
    browser.click("referral-" + referralId);
    browser.arrivedAt("/inbox/referral.xhtml");
  }

  void accept() {
    browser.click("accept");
    browser.arrivedAt("/inbox/referral.xhtml");
  }

  void decline(String reasonCode, String note) {
    if (reasonCode != null) {
      browser.choose("declineReason-" + reasonCode);
    }
    browser.type("declineNote", note);
    browser.click("decline");
    browser.arrivedAt("/inbox/referral.xhtml");
  }

  String status() {
    return browser.text("referral-status");
  }

  boolean canDecide() {
    return browser.has("accept") || browser.has("decline");
  }
}
