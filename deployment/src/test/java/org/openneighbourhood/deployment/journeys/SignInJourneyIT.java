package org.openneighbourhood.deployment.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.local.MailCatcher;
import org.openneighbourhood.deployment.stack.RunningStack;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sign-in pages themselves (the realm's NHS.UK theme), with their errors: a wrong password
 * shown in the error summary and beside the field, a forgotten password reset from the e-mail
 * Keycloak really sends, Keycloak's own sign-out question and its "page expired". Every page is
 * scanned with axe like the portal's. A person provisioned for the journey, so that no demo user's
 * password or failure count changes.
 */
@ExtendWith(RunningStack.class)
@Tag("access")
@Tag("browser")
class SignInJourneyIT {

  private static final String NEW_PASSWORD = "three words remembered";

  private LocalStack stack;
  private PlanSetup setup;
  private Browser browser;

  @RegisterExtension final Browsers browsers = new Browsers();

  @BeforeEach
  void openBrowser(LocalStack running) {
    stack = running;
    setup = new PlanSetup(running);
    browser = browsers.open(running.portalUrl());
  }

  @Test
  void aWrongPasswordIsExplainedAndAForgottenOneIsResetFromTheEmail() {
    PlanSetup.Person sam = setup.registerPerson("Sam");
    setup.provisionSignIn(sam);
    String email = sam.username() + "@people.example";

    browser.open("/signin");
    browser.onSignInPage("username");
    assertEquals("Sign in", browser.heading());
    browser.type("username", email);
    browser.click("kc-login");
    browser.onSignInPage("password");
    assertEquals("Enter your password", browser.heading());
    assertTrue(browser.text("kc-username").contains(email), browser.text("kc-username"));
    browser.type("password", "not-" + "demo-password");
    browser.click("kc-login");
    assertTrue(browser.has("error-summary"), "wrong password: the error summary");
    assertTrue(
        browser.text("password-error").contains("is not right"), browser.text("password-error"));
    browser.onSignInPage("password-error");

    browser.click("forgot-password");
    browser.onSignInPage("reset-password");
    assertEquals("Reset your password", browser.heading());
    browser.type("username", "");
    browser.click("kc-reset");
    assertTrue(
        browser.text("username-error").contains("Enter your email address or username"),
        browser.text("username-error"));
    assertEquals(
        "",
        browser.driver().findElement(org.openqa.selenium.By.id("username")).getDomProperty("value"),
        "the box refused as empty is not filled again with the name tried before");
    browser.onSignInPage("reset-password-error");
    browser.type("username", email);
    browser.click("kc-reset");
    browser.onSignInPage("reset-link-sent");
    assertTrue(
        browser.driver().getPageSource().contains("we have sent you an email"),
        "the page says the link is on its way");

    List<MailCatcher.Mail> mail = stack.mail().receivedBy(email);
    assertEquals(1, mail.size(), "one e-mail to reset the password");
    assertEquals("Choose a new password for the Neighbourhood portal", mail.get(0).subject());
    String link =
        mail.get(0).links().stream()
            .filter(l -> l.contains("/login-actions/action-token"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no link to reset the password: " + mail));
    browser.driver().get(link);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(d -> browser.has("password-new") || browser.has("proceed-with-action"));
    if (!browser.has("password-new")) {
      browser.click("proceed-with-action");
    }
    browser.onSignInPage("new-password");
    Invited.choosePassword(browser, NEW_PASSWORD);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(
            d ->
                d.getCurrentUrl().startsWith(browser.portalUrl())
                    || browser.has("back-to-application"));
    if (browser.has("back-to-application")) {
      browser.onSignInPage("password-changed");
      browser.click("back-to-application");
    }
    browser.signedInAs(sam.username());
    browser.arrivedAt("/my/plan.xhtml");
    SignIn.out(browser);

    SignIn.as(browser, sam.username(), NEW_PASSWORD, "/my/plan.xhtml");
    SignIn.out(browser);

    // The link works once: opened again, it says so and what to do instead.
    browser.driver().get(link);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(d -> d.getPageSource().contains("This link has been used already, or has expired"));
    browser.onSignInPage("link-used");
  }

  /**
   * Keycloak's own sign-out address opened without the portal's hint (an old bookmark, a link from
   * elsewhere) asks first, with a way back to the portal; its button ends the Keycloak session (the
   * next sign-in asks for the user again) and lands on the portal's start page.
   */
  @Test
  void signingOutAtKeycloakItselfAsksFirst() {
    PlanSetup.Person sky = setup.registerPerson("Sky");
    setup.provisionSignIn(sky);
    SignIn.as(browser, sky.username(), "/my/plan.xhtml");

    browser
        .driver()
        .get(
            stack.keycloakUrl()
                + "/realms/neighbourhood/protocol/openid-connect/logout?client_id=portal-web"
                + "&post_logout_redirect_uri="
                + URLEncoder.encode(stack.portalUrl() + "/", StandardCharsets.UTF_8));
    browser.onSignInPage("sign-out");
    assertEquals("Sign out", browser.heading());
    assertTrue(
        browser.driver().getPageSource().contains("Do you want to sign out of the Neighbourhood"),
        "the question in plain English");
    assertEquals(
        stack.portalUrl() + "/",
        browser.find("back-to-application").getAttribute("href"),
        "the way back leads to the portal's start page");

    browser.click("kc-logout");
    WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
    wait.until(d -> d.getCurrentUrl().startsWith(stack.portalUrl()));
    browser.arrivedAt(stack.portalUrl() + "/");

    browser
        .driver()
        .get(
            stack.keycloakUrl()
                + "/realms/neighbourhood/protocol/openid-connect/auth?client_id=portal-web"
                + "&response_type=code&scope=openid&redirect_uri="
                + URLEncoder.encode(stack.portalUrl() + "/signin", StandardCharsets.UTF_8));
    wait.until(d -> browser.has("username") || d.getCurrentUrl().startsWith(stack.portalUrl()));
    assertTrue(browser.has("username"), "Keycloak's session has ended: it asks who is signing in");
  }

  /**
   * A step of the sign-in sent again once the sign-in has moved past it (the username form
   * re-posted from another tab or by the browser's "resend") is refused with "This page has
   * expired"; its links start again or carry on at the step the sign-in is at, from where it
   * finishes.
   */
  @Test
  void aSignInStepSentAgainAfterItMovedOnSaysThePageHasExpired() {
    PlanSetup.Person kit = setup.registerPerson("Kit");
    setup.provisionSignIn(kit);
    String email = kit.username() + "@people.example";
    WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));

    browser.open("/signin");
    wait.until(d -> browser.has("username"));
    String usernameStep = browser.find("kc-form-login").getAttribute("action");
    browser.type("username", email);
    browser.click("kc-login");
    wait.until(d -> browser.has("password"));

    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "const form = document.createElement('form');"
                + "form.method = 'post'; form.action = arguments[0];"
                + "const name = document.createElement('input');"
                + "name.name = 'username'; name.value = arguments[1];"
                + "form.appendChild(name); document.body.appendChild(form); form.submit();",
            usernameStep,
            email);
    wait.until(d -> browser.has("loginContinueLink") || browser.has("username"));
    assertEquals("This page has expired", browser.heading());
    browser.onSignInPage("page-expired");
    assertTrue(
        browser.text("instruction1").contains("To sign in, you need to start again"),
        browser.text("instruction1"));
    assertTrue(
        browser.find("loginRestartLink").getAttribute("href").contains("/login-actions/restart"),
        "start again: the sign-in from its beginning");

    browser.click("loginContinueLink");
    wait.until(d -> browser.has("password"));
    browser.type("password", "demo-password");
    browser.click("kc-login");
    browser.signedInAs(kit.username());
    browser.arrivedAt("/my/plan.xhtml");
    SignIn.out(browser);
  }
}
