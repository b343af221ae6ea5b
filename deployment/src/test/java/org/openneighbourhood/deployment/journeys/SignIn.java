package org.openneighbourhood.deployment.journeys;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Signing in through the real Keycloak login pages (identity-first: username, then password). */
final class SignIn {

  private SignIn() {}

  static void as(Browser browser, String username, String roleHome) {
    browser.open("/");
    browser.arrivedAt("/");
    browser.click("sign-in");
    WebDriverWait wait = new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    browser.type("username", username);
    if (browser.driver().findElements(By.id("password")).isEmpty()) {
      browser.click("kc-login");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password")));
    }
    browser.type("password", "demo-password");
    browser.click("kc-login");
    browser.arrivedAt(roleHome);
  }

  /** Signs out from the header of the current page and checks the start page offers sign-in. */
  static void out(Browser browser) {
    browser.click("sign-out");
    new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("sign-in")));
    browser.arrivedAt(browser.portalUrl());
  }
}
