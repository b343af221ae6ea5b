package org.openneighbourhood.deployment.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openneighbourhood.deployment.stack.Demo.GREEN_MINDS;
import static org.openneighbourhood.deployment.stack.Demo.PAT;
import static org.openneighbourhood.deployment.stack.Demo.WALKING;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.stack.RunningStack;
import org.openneighbourhood.deployment.stack.SecondLane;

/**
 * Issue 15: a link worker records the person's agreement "until a date"; the person sees until when
 * on What you share, is told prominently in its last days, and once it has passed the service sees
 * the referral's details withheld. The stack's clock is moved, then put back.
 */
@ExtendWith(RunningStack.WithMovableClock.class)
@Tag("consent")
@Tag("browser")
@SecondLane
class ConsentTermJourneyIT {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private LocalStack stack;
  private Browser browser;

  @RegisterExtension final Browsers browsers = new Browsers();

  @BeforeEach
  void openBrowser(LocalStack stack) {
    this.stack = stack;
    browser = browsers.open(stack.portalUrl());
  }

  @Test
  void aDatedAgreementIsShownToThePersonAndEndsTheServicesAccessWhenItPasses() {
    // Two years ahead: every agreement Pat gave Green Minds in other tests (a year at most) has
    // ended by the time this one is in its last days.
    LocalDate lastDay = LocalDate.now(LONDON).plusYears(2);
    String until = DATE.format(lastDay);

    SignIn.as(browser, "lina.link", "/people/find.xhtml");
    browser.open("/people/person.xhtml?id=" + PAT);
    browser.arrivedAt("/people/person.xhtml");
    ReferralPages referral = new ReferralPages(browser);
    referral.startFromPersonPage(WALKING);
    referral.fill("Would like to walk with others, until " + until + ".", true);
    assertTrue(!browser.find("until-day").isDisplayed(), "the date waits for 'Until a date'");
    browser.choose("howLong-date");
    assertTrue(browser.find("until-day").isDisplayed(), "and shows once it is chosen");
    typeDate(LocalDate.of(2001, 1, 1));
    browser.click("send-referral");
    browser.arrivedAt("/referrals/new.xhtml");
    assertTrue(browser.has("until-error"), "the date's problem is said next to it");
    assertTrue(browser.find("howLong-date").isSelected(), "the answer is kept");
    assertEquals("2001", browser.find("until-year").getAttribute("value"));
    typeDate(lastDay);
    String referralId = referral.send();
    assertEquals(
        "The person agreed to share it until " + until + ".", browser.text("consent-until"));
    SignIn.out(browser);

    SignIn.as(browser, "pat.person", "/my/plan.xhtml");
    browser.open("/my/consents.xhtml");
    browser.arrivedAt("/my/consents.xhtml");
    assertEquals("Shared until " + until + ".", browser.text("until-" + GREEN_MINDS));
    assertTrue(!browser.has("ending-soon-" + GREEN_MINDS), "not yet said prominently");
    try {
      moveClockTo(lastDay.minusDays(10));
      String soon =
          reloadUntil(
              "/my/consents.xhtml",
              () -> browser.has("ending-soon-" + GREEN_MINDS),
              () -> browser.text("ending-soon-" + GREEN_MINDS));
      assertTrue(soon.contains("Sharing ends in 10 days, on " + until), soon);

      moveClockTo(lastDay.plusDays(1));
      String ended =
          reloadUntil(
              "/my/consents.xhtml",
              () -> !browser.has("until-" + GREEN_MINDS),
              () -> browser.text("sharing-" + GREEN_MINDS));
      assertTrue(ended.contains("It ended on " + until), ended);
      SignIn.out(browser);

      SignIn.as(browser, "vera.vcfse", "/inbox/index.xhtml");
      browser.open("/inbox/referral.xhtml?id=" + referralId);
      browser.arrivedAt("/inbox/referral.xhtml");
      assertTrue(
          browser
              .text("referral-reason")
              .contains(
                  "Withheld: the person's agreement to share it with Green Minds Wellbeing has"
                      + " ended"),
          browser.text("referral-reason"));
      SignIn.out(browser);
    } finally {
      stack.setClockAhead(Duration.ZERO);
    }
  }

  private void typeDate(LocalDate date) {
    browser.type("until-day", Integer.toString(date.getDayOfMonth()));
    browser.type("until-month", Integer.toString(date.getMonthValue()));
    browser.type("until-year", Integer.toString(date.getYear()));
  }

  /** Moves the API's clock to midday, in London, of {@code day}. */
  private void moveClockTo(LocalDate day) {
    Instant noon = day.atTime(LocalTime.NOON).atZone(LONDON).toInstant();
    stack.setClockAhead(Duration.between(Instant.now(), noon));
  }

  private String reloadUntil(String path, Supplier<Boolean> done, Supplier<String> read) {
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    do {
      browser.open(path);
      browser.arrivedAt(path);
    } while (!done.get() && System.nanoTime() < until);
    return read.get();
  }
}
