package org.openneighbourhood.deployment.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.local.MailCatcher;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Someone invited by e-mail, in a real browser: they follow the link Keycloak really sent, set a
 * password on Keycloak's pages and are then signed in to the portal.
 */
final class Invited {

  static final String PASSWORD = "a-Long-new-passw0rd";

  private Invited() {}

  /** The link to set a password in the one invitation e-mail sent to {@code email}. */
  static String linkSentTo(LocalStack stack, String email) {
    List<MailCatcher.Mail> mail = stack.mail().receivedBy(email);
    assertEquals(1, mail.size(), "one invitation e-mail");
    // In the realm's own words (identity's e-mail theme), not Keycloak's "Update your account"
    assertEquals("You have been invited to the Neighbourhood portal", mail.get(0).subject());
    String body = mail.get(0).body();
    assertTrue(
        body.contains("To start, choose a password") && body.contains("The link works for 7 days"),
        body);
    return mail.get(0).links().stream()
        .filter(l -> l.contains("/login-actions/action-token"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no link to set a password: " + mail.get(0)));
  }

  /**
   * Follows the invitation to Keycloak's pages and sets a password there, first typing it
   * differently the second time to see the error, every page scanned on the way; then checks they
   * land signed in on {@code roleHome}, the start page of their role, with no sign-in form in
   * between (identity's Keycloak provider ends the link with a sign-in, not "account updated").
   */
  static void setPassword(Browser browser, String link, String email, String roleHome) {
    WebDriver driver = browser.driver();
    driver.get(link);
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.until(d -> browser.has("password-new") || browser.has("proceed-with-action"));
    if (!browser.has("password-new")) {
      browser.onSignInPage("set-up-your-account");
      assertEquals("Set up your account", browser.heading());
      browser.click("proceed-with-action");
    }
    browser.onSignInPage("create-your-password");
    assertEquals("Create your password", browser.heading());
    choosePassword(browser, PASSWORD);
    wait.until(
        d ->
            d.getCurrentUrl().startsWith(browser.portalUrl())
                || browser.has("username")
                || browser.has("back-to-application"));
    assertTrue(
        driver.getCurrentUrl().startsWith(browser.portalUrl()),
        () ->
            "after choosing a password they should be signed in on the portal, not shown "
                + driver.getCurrentUrl());
    browser.signedInAs(email);
    browser.arrivedAt(roleHome);
    assertTrue(browser.has("sign-out"), "signed in: the header offers to sign out");
  }

  /**
   * Opens the invitation's link again once it has been used: Keycloak says so, in plain English,
   * and does nothing else.
   */
  static void linkIsUsed(Browser browser, String link) {
    browser.driver().get(link);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(d -> d.getPageSource().contains("This link has been used already, or has expired"));
    assertTrue(!browser.has("password-new"), "no password can be chosen with a used link");
    browser.onSignInPage("invitation-used");
  }

  /**
   * On the page to create a password: typed differently twice, refused with the error next to the
   * second box and in the summary; then typed the same.
   */
  static void choosePassword(Browser browser, String password) {
    browser.type("password-new", password);
    browser.type("password-confirm", password + "-not-the-same");
    browser.click("kc-submit");
    assertTrue(browser.has("error-summary"), "the error summary");
    assertTrue(
        browser.text("password-confirm-error").contains("The passwords do not match"),
        () -> browser.text("password-confirm-error"));
    browser.onSignInPage("create-your-password-error");
    browser.type("password-new", password);
    browser.type("password-confirm", password);
    browser.click("kc-submit");
  }
}
