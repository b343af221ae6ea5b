package org.openneighbourhood.deployment.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.local.MailCatcher;
import org.openneighbourhood.deployment.stack.Demo;
import org.openneighbourhood.deployment.stack.SecondLane;
import org.openqa.selenium.Cookie;

/**
 * Production's shape: two Payara instances in one data grid behind HAProxy, on one PostgreSQL and
 * one Keycloak, started for this class alone (the shared stack has one instance). With both running
 * the scheduled work, a referral is e-mailed to its service exactly once. Then the instance serving
 * a link worker dies (kill -9) while they write the next referral; they send it all the same,
 * without signing in again: the other instance takes their session over from the grid, renews it
 * when its access token expires, and signs them out of Keycloak too.
 */
@Tag("resilience")
@Tag("browser")
@SecondLane
class SeveralInstancesJourneyIT {

  private static final String GREEN_MINDS_MAIL = "referrals@green-minds.example";
  private static final String MONEY_MATTERS_MAIL = "referrals@money-matters.example";

  private static LocalStack stack;
  private Browser browser;

  @RegisterExtension final Browsers browsers = new Browsers();

  private static final Duration TOKEN_LIFESPAN = Duration.ofSeconds(20);

  @BeforeAll
  static void startTwoInstancesBehindABalancer() {
    LocalStack.Settings shared = LocalStack.Settings.fromSystemProperties(0, 0, 0);
    stack =
        LocalStack.start(
            new LocalStack.Settings(
                shared.runtimeDir(),
                shared.keycloakHome(),
                shared.workDir().resolveSibling(shared.workDir().getFileName() + "-several"),
                0,
                0,
                0,
                false),
            2);
  }

  @AfterAll
  static void stopThem() {
    if (stack != null) {
      stack.close();
    }
  }

  @BeforeEach
  void openBrowser() {
    browser = browsers.open(stack.portalUrl());
  }

  @Test
  void aLinkWorkerCarriesOnWhenTheInstanceServingThemDies() throws Exception {
    // Tokens last 20 s here, so the instance that takes the session over must renew it itself.
    try (AutoCloseable shortTokens = stack.shortPortalTokens(TOKEN_LIFESPAN)) {
      carryOnThroughAFailover();
    }
  }

  private void carryOnThroughAFailover() {
    SignIn.as(browser, "lina.link", "/people/find.xhtml");
    browser.open("/people/person.xhtml?id=" + Demo.PAT);
    browser.arrivedAt("/people/person.xhtml");
    ReferralPages referral = new ReferralPages(browser);

    // Both instances run the scheduled work (every 2 s here); a new referral is e-mailed once.
    referral.startFromPersonPage(Demo.DEBT_ADVICE);
    referral.fill("Letters from creditors keep Pat awake; would like help with a plan.", true);
    String first = referral.send();
    awaitNotices(MONEY_MATTERS_MAIL, first);
    pause(Duration.ofSeconds(8));
    assertEquals(
        1, noticesOf(MONEY_MATTERS_MAIL, first).size(), "sent once, not once per instance");

    // The instance serving the worker dies while they fill in the next referral.
    browser.open("/people/person.xhtml?id=" + Demo.PAT);
    browser.arrivedAt("/people/person.xhtml");
    referral.startFromPersonPage(Demo.WALKING);
    String serving = servingInstance();
    LocalStack.Instance dying =
        stack.instances().stream().filter(i -> i.name().equals(serving)).findFirst().orElseThrow();
    dying.kill();

    // The form was drawn by the dead instance; its view and the sign-in were copied to the grid.
    String reason = "Walks with others would help after a hard winter (" + serving + " died).";
    referral.fill(reason, true);
    String id = referral.send();
    assertTrue(referral.status().startsWith("Waiting"), referral.status());
    assertNotEquals(serving, servingInstance(), "another instance answered");

    browser.open("/referrals/sent.xhtml");
    browser.arrivedAt("/referrals/sent.xhtml");
    assertTrue(browser.has("sign-out"), "still signed in");
    referral.open(id);
    assertTrue(referral.status().startsWith("Waiting"), referral.status());

    awaitNotices(GREEN_MINDS_MAIL, id);
    assertEquals(1, noticesOf(GREEN_MINDS_MAIL, id).size(), "a new referral e-mail to Green Minds");

    // Past the copied access token's life, the surviving instance renews the sign-in with the
    // copy's refresh token: the page asked for is served (a trip through Keycloak's sign-in would
    // land on the home page instead).
    pause(TOKEN_LIFESPAN.plusSeconds(1));
    browser.open("/referrals/sent.xhtml");
    browser.arrivedAt("/referrals/sent.xhtml");
    assertTrue(browser.has("sign-out"), "still signed in after the token was renewed here");
    referral.open(id);
    assertTrue(referral.status().startsWith("Waiting"), "the API takes the renewed token");

    // Signing out where the session was taken over ends Keycloak's session too (the copy's ID
    // token names it): the next sign-in asks for the password again.
    SignIn.out(browser);
    SignIn.as(browser, "lina.link", "/people/find.xhtml");
  }

  private static void awaitNotices(String address, String referralId) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (noticesOf(address, referralId).isEmpty() && System.nanoTime() < deadline) {
      pause(Duration.ofMillis(500));
    }
    assertEquals(1, noticesOf(address, referralId).size(), "a new referral e-mail to " + address);
  }

  /** The instance the balancer keeps this browser on, from its cookie. */
  private String servingInstance() {
    Cookie cookie = browser.driver().manage().getCookieNamed(LocalStack.INSTANCE_COOKIE);
    assertNotNull(cookie, "the balancer names the instance in a cookie");
    return cookie.getValue();
  }

  private static List<MailCatcher.Mail> noticesOf(String address, String referralId) {
    return stack.mail().receivedBy(address).stream()
        .filter(mail -> mail.body().contains(referralId))
        .toList();
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
