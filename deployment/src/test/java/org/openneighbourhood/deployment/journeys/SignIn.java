package org.openneighbourhood.deployment.journeys;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Signing in through the real Keycloak login pages (identity-first: username, then password). */
final class SignIn {

  private SignIn() {}

  /**
   * Signs in from the start page and checks that the session id changed on the way (the session
   * that held the sign-in's state was created before it, on the portal's /signin).
   */
  static void as(Browser browser, String username, String roleHome) {
    as(browser, username, "demo-password", roleHome);
  }

  /** The same, with the user's own password (someone who set theirs from an invitation). */
  static void as(Browser browser, String username, String password, String roleHome) {
    browser.open("/");
    browser.arrivedAt("/");
    browser.click("sign-in");
    WebDriverWait wait = new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    String beforeSignIn = browser.sessionId();
    assertNotNull(beforeSignIn, "the portal keeps the sign-in's state in a session");
    browser.onSignInPage("username");
    browser.type("username", username);
    if (browser.driver().findElements(By.id("password")).isEmpty()) {
      browser.click("kc-login");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password")));
      browser.onSignInPage("password");
    }
    browser.type("password", password);
    browser.click("kc-login");
    browser.signedInAs(username);
    browser.arrivedAt(roleHome);
    assertNotEquals(beforeSignIn, browser.sessionId(), "a new session id at sign-in");
  }

  /**
   * A link to /signout (another site's image or link) and a post without the form's token both
   * leave the user signed in, on the start page.
   */
  static void cannotBeSignedOutByAnotherSite(Browser browser) {
    browser.open("/signout");
    browser.arrivedAt(browser.portalUrl());
    assertTrue(browser.has("continue"), "a GET /signout must not sign out");
    browser.postWithoutToken("/signout");
    browser.arrivedAt(browser.portalUrl());
    assertTrue(browser.has("continue"), "a post without the form token must not sign out");
  }

  /** Signs out from the header of the current page and checks the start page offers sign-in. */
  static void out(Browser browser) {
    browser.click("sign-out");
    browser.signedInAs(null);
    new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("sign-in")));
    browser.arrivedAt(browser.portalUrl());
  }
}
