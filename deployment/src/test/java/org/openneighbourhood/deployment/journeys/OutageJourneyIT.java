package org.openneighbourhood.deployment.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openneighbourhood.deployment.stack.Api.PROBLEM;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.stack.Api;
import org.openneighbourhood.deployment.stack.Api.Reply;
import org.openneighbourhood.deployment.stack.Demo;
import org.openneighbourhood.deployment.stack.RunningStack;
import org.openneighbourhood.deployment.stack.Wait;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Outages look like outages. With Keycloak hung, a page that needs it, and a new sign-in, say that
 * sign-in is unavailable (the NHS.UK "service unavailable" page, 503), and pages that need nothing
 * of it go on working. With the database down, a referral being sent stays on its form with
 * everything typed and a message; sent again once the database is back, it is sent, once. With the
 * database hung, the API and the pages say it is unavailable within seconds.
 */
@ExtendWith(RunningStack.class)
@Tag("resilience")
@Tag("browser")
class OutageJourneyIT {

  /**
   * The portal's own limit on waiting for the API: a request to a hung database is given up before
   * it (after the pool's 10 s limit on an answer, its 5 s on logging in, its 10 s wait for a free
   * connection, or two of them: 5 to 20 s here), so that the page is the API's answer, not the
   * portal giving up.
   */
  private static final Duration HUNG_DATABASE_GIVEN_UP_WITHIN = Duration.ofSeconds(30);

  private LocalStack stack;
  private Browser browser;

  @RegisterExtension final Browsers browsers = new Browsers();

  @BeforeEach
  void openBrowser(LocalStack running) {
    stack = running;
    browser = browsers.open(running.portalUrl());
  }

  @Test
  void aHungKeycloakShowsSignInUnavailableWhereItIsNeeded() throws Exception {
    SignIn.as(browser, "olive.admin", "/admin/staff.xhtml");
    try (AutoCloseable hung = stack.hangKeycloak()) {
      browser.open("/admin/staff.xhtml");
      browser.arrivedAt("/admin/staff.xhtml");
      assertEquals("Sorry, the service is unavailable", browser.heading());
      assertTrue(browser.has("sign-in-unavailable"), "it says sign-in is what is missing");

      browser.open("/directory/find.xhtml");
      browser.arrivedAt("/directory/find.xhtml");
      assertTrue(browser.has("search"), "the directory needs no Keycloak");
    }
    Wait.until(
        () -> {
          browser.open("/admin/staff.xhtml");
          return !browser.heading().startsWith("Sorry");
        },
        "the staff page once Keycloak answers again");
  }

  @Test
  void aTokenDueForRenewalWhileKeycloakHangsShowsSignInUnavailableWithinTwoSeconds()
      throws Exception {
    try (AutoCloseable shortTokens = stack.shortPortalTokens(Duration.ofSeconds(20))) {
      SignIn.as(browser, "olive.admin", "/admin/staff.xhtml");
    }
    // The portal renews a token in its last 10 s (the mechanism's default): from 10 s after now.
    Thread.sleep(Duration.ofSeconds(11).toMillis());
    try (AutoCloseable hung = stack.hangKeycloak()) {
      browser.open("/admin/staff.xhtml");
      browser.arrivedAt("/admin/staff.xhtml");
      assertEquals("Sorry, the service is unavailable", browser.heading());
      assertTrue(browser.has("sign-in-unavailable"), "it says sign-in is what is missing");
      // From the request sent to the first byte of the answer, as the browser timed it.
      Number waited =
          (Number)
              ((JavascriptExecutor) browser.driver())
                  .executeScript(
                      "const n = performance.getEntriesByType('navigation')[0];"
                          + " return n.responseStart - n.requestStart;");
      assertTrue(waited.doubleValue() < 2_000, "answered after " + waited + " ms");
    }
    Wait.until(
        () -> {
          browser.open("/admin/staff.xhtml");
          return browser.heading().equals("Your staff");
        },
        "the staff page with a renewed token once Keycloak answers again");
  }

  @Test
  void aNewSignInWhileKeycloakHangsIsToldThatSignInIsUnavailable() throws Exception {
    try (AutoCloseable hung = stack.hangKeycloak()) {
      browser.open("/");
      browser.arrivedAt("/");
      assertFalse(browser.heading().startsWith("Sorry"), "the start page needs no Keycloak");
      browser.open("/signin");
      browser.arrivedAt("/signin");
      assertEquals("Sorry, the service is unavailable", browser.heading());
      assertTrue(browser.has("sign-in-unavailable"), "not the browser's own error for Keycloak");
    }
    Wait.until(
        () -> {
          browser.open("/signin");
          return !browser.has("sign-in-unavailable");
        },
        "sign-in once Keycloak answers again");
  }

  /**
   * A database that accepts connections and answers nothing (a frozen host) is given up on after
   * the pool's limit on an answer, so each request gets its 503 in seconds rather than waiting for
   * ever and filling the server with requests that wait.
   */
  @Test
  void aHungDatabaseIsAnOutageWithinSecondsNotAWaitForEver() throws Exception {
    Api api = new Api(stack);
    String search = "/fhir/ServiceRequest?_count=5";
    assertEquals(200, api.get("lina.link", search).status(), "the search works before");
    SignIn.as(browser, "lina.link", "/people/find.xhtml");
    browser.open("/referrals/sent.xhtml");
    browser.arrivedAt("/referrals/sent.xhtml");

    // A thread each, whatever the machine: the common pool would run as many at once as it has
    // cores less one
    ExecutorService atOnce = Executors.newFixedThreadPool(31);
    try (AutoCloseable hung = stack.hangDatabase()) {
      // At once, as a hung database meets them under load: thirty searches (more than the pool's 16
      // connections), a list and a page.
      List<CompletableFuture<Answered>> searches = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        searches.add(answered(atOnce, () -> api.get("lina.link", search)));
      }
      CompletableFuture<Answered> list =
          answered(atOnce, () -> api.get("lina.link", "/referrals/sent"));
      long asked = System.nanoTime();
      browser.open("/referrals/sent.xhtml");
      browser.arrivedAt("/referrals/sent.xhtml");
      soonEnough("the page of sent referrals", Duration.ofNanos(System.nanoTime() - asked));
      assertEquals("Sorry, the service is unavailable", browser.heading());

      for (CompletableFuture<Answered> each : searches) {
        Answered answered = each.get();
        soonEnough("a FHIR search", answered.after());
        Reply outcome = answered.reply();
        assertEquals(503, outcome.status(), outcome::toString);
        assertEquals(
            "OperationOutcome", outcome.body().path("resourceType").asText(), outcome::toString);
        assertEquals("transient", outcome.body().path("issue").path(0).path("code").asText());
      }
      Answered answered = list.get();
      soonEnough("the list of sent referrals", answered.after());
      Reply problem = answered.reply();
      assertEquals(503, problem.status(), problem::toString);
      assertEquals(PROBLEM + "database-unavailable", problem.problemType(), problem::toString);
      assertTrue(problem.header("Retry-After") != null, "says when to try again");
    } finally {
      atOnce.shutdownNow();
    }
    Wait.until(
        () -> {
          browser.open("/referrals/sent.xhtml");
          return !browser.heading().startsWith("Sorry");
        },
        "the sent referrals once the database answers again");
    assertEquals(200, api.get("lina.link", search).status(), "the search works again");
  }

  /** An API answer, and how long it took. */
  private record Answered(Reply reply, Duration after) {}

  private static CompletableFuture<Answered> answered(Executor threads, Supplier<Reply> request) {
    return CompletableFuture.supplyAsync(
        () -> {
          long asked = System.nanoTime();
          Reply reply = request.get();
          return new Answered(reply, Duration.ofNanos(System.nanoTime() - asked));
        },
        threads);
  }

  private static void soonEnough(String what, Duration waited) {
    assertTrue(
        waited.compareTo(HUNG_DATABASE_GIVEN_UP_WITHIN) < 0,
        what + " answered after " + waited + " with the database hung");
  }

  @Test
  void aReferralSentWhileTheDatabaseIsDownKeepsEverythingAndIsSentOnceLater() throws Exception {
    String reason =
        "Outage test " + ThreadLocalRandom.current().nextInt(1_000_000) + ": lonely since moving.";
    SignIn.as(browser, "lina.link", "/people/find.xhtml");
    browser.open("/people/person.xhtml?id=" + Demo.PETER);
    browser.arrivedAt("/people/person.xhtml");
    ReferralPages referral = new ReferralPages(browser);
    referral.startFromPersonPage(Demo.DEBT_ADVICE);
    referral.fill(reason, true);

    try (AutoCloseable down = stack.stopDatabase()) {
      browser.click("send-referral");
      browser.arrivedAt("/referrals/new.xhtml");
      assertTrue(
          browser.text("error-summary").contains("may not have been sent"),
          () -> browser.text("error-summary"));
      assertEquals(reason, browser.find("reason").getAttribute("value"), "what was typed is kept");
    }
    Wait.until(
        () -> {
          browser.click("send-referral");
          return browser.driver().getCurrentUrl().contains("/referrals/referral.xhtml");
        },
        "the referral is sent once the database is back");
    browser.arrivedAt("/referrals/referral.xhtml");
    assertEquals(
        1,
        stack.count("select count(*) from referral where reason = ?", reason),
        "sent once, however many times the button was pressed");
  }
}
