package org.openneighbourhood.deployment.journeys;

/** The receiving organisation's inbox and its referral page with the receiver's changes. */
final class InboxPages {

  /** Other test classes share the stack: a referral may be on any page of the inbox. */
  private static final int MOST_PAGES = 40;

  private final Browser browser;

  InboxPages(Browser browser) {
    this.browser = browser;
  }

  /** Finds the referral in the inbox (paging on until it shows) and opens it. */
  void open(String referralId) {
    open(referralId, "");
  }

  /** The same, in the inbox filtered by a query such as "?status=SENT&amp;status=SEEN". */
  void open(String referralId, String filter) {
    browser.open("/inbox/index.xhtml" + filter);
    browser.arrivedAt("/inbox/index.xhtml");
    for (int page = 1; !browser.has("referral-" + referralId); page++) {
      if (page >= MOST_PAGES || !browser.has("next-page")) {
        throw new AssertionError("referral " + referralId + " not in the inbox" + filter);
      }
      browser.click("next-page");
      browser.arrivedAt("/inbox/index.xhtml");
    }
    browser.click("referral-" + referralId);
    browser.arrivedAt("/inbox/referral.xhtml");
  }

  void accept() {
    browser.click("accept");
    browser.arrivedAt("/inbox/referral.xhtml");
  }

  void waitlist() {
    browser.click("waitlist");
    browser.arrivedAt("/inbox/referral.xhtml");
  }

  void start() {
    browser.click("start");
    browser.arrivedAt("/inbox/referral.xhtml");
  }

  void complete(String outcome) {
    browser.type("outcome", outcome);
    browser.click("complete");
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
    return browser.has("accept") || browser.has("decline") || browser.has("waitlist");
  }

  String timeline() {
    return browser.text("timeline");
  }
}
