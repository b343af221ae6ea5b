package org.openneighbourhood.deployment.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openneighbourhood.deployment.stack.Demo.ALLOTMENT;
import static org.openneighbourhood.deployment.stack.Demo.DEBT_ADVICE;
import static org.openneighbourhood.deployment.stack.Demo.DEBT_DROP_IN;
import static org.openneighbourhood.deployment.stack.Demo.WELLBEING_COACH;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.stack.Api;
import org.openneighbourhood.deployment.stack.Demo;
import org.openneighbourhood.deployment.stack.RunningStack;
import org.openneighbourhood.deployment.stack.Stale;
import org.openqa.selenium.By;

/**
 * The directory in a real browser: a link worker finds debt advice near a person's postcode, sees
 * each service's capacity, response time and distance, and refers from the results; an unknown
 * postcode is told next to the field; an entry nobody confirmed is flagged, and its organisation
 * says it is still running with one click; an organisation's admin edits an entry, with errors next
 * to the fields and what was typed kept. Every page is scanned with axe-core.
 */
@ExtendWith(RunningStack.class)
@Tag("directory")
@Tag("browser")
class DirectoryJourneyIT {

  private Browser browser;
  private Api api;
  private LocalStack stack;

  @RegisterExtension final Browsers browsers = new Browsers();

  @BeforeEach
  void openBrowser(LocalStack stack) {
    browser = browsers.open(stack.portalUrl());
    api = new Api(stack);
    this.stack = stack;
  }

  @Test
  void aLinkWorkerFindsDebtAdviceNearAPostcodeSeesTheFiguresAndRefers() {
    SignIn.as(browser, "lina.link", "/people/find.xhtml");
    PeoplePages people = new PeoplePages(browser);
    people.find(Demo.freshNhsNumber());
    browser.arrivedAt("/people/find.xhtml");
    String familyName = "Directory" + letters();
    people.startRegistering("Robin", familyName, 3, 3, 1975);
    people.fillAddress("9 Elm Grove", "Nottingham", "NG1 5AB");
    browser.choose("consentToRecord");
    browser.click("register");
    browser.arrivedAt("/people/person.xhtml");

    browser.click("find-service");
    browser.arrivedAt("/directory/find.xhtml");
    assertEquals("Find a service for Robin " + familyName, browser.heading());
    assertEquals("NG1 5AB", browser.find("postcode").getAttribute("value"), "their postcode");

    browser.type("postcode", "ZZ9 9ZZ");
    browser.type("q", "debt advice");
    browser.click("search");
    browser.arrivedAt("/directory/find.xhtml");
    assertTrue(
        browser.text("postcode-error").contains("We do not know where ZZ9 9ZZ is"),
        browser.text("postcode-error"));
    assertEquals("debt advice", browser.find("q").getAttribute("value"), "input kept");

    browser.type("postcode", "ng1 5ab");
    browser.click("search");
    browser.arrivedAt("/directory/find.xhtml");
    assertEquals("2 services found", browser.text("results-heading"));
    List<String> order =
        browser.find("results").findElements(By.cssSelector("li.nhsuk-card")).stream()
            .map(card -> card.getAttribute("id"))
            .toList();
    assertEquals(
        List.of("result-" + DEBT_ADVICE, "result-" + DEBT_DROP_IN), order, "nearest first");
    assertEquals("Accepting", browser.text("capacity-" + DEBT_ADVICE));
    assertTrue(
        browser.text("response-" + DEBT_ADVICE).startsWith("Within 10 working days"),
        browser.text("response-" + DEBT_ADVICE));
    assertTrue(browser.has("acceptance-" + DEBT_ADVICE));
    assertTrue(
        browser.text("where-" + DEBT_ADVICE).startsWith("0.4 km away: Money Matters advice centre"),
        browser.text("where-" + DEBT_ADVICE));
    assertTrue(browser.text("where-" + DEBT_DROP_IN).startsWith("1.8 km away"));
    assertFalse(browser.has("refer-" + DEBT_DROP_IN), "signpost only: nothing to refer to");

    browser.click("refer-" + DEBT_ADVICE);
    browser.arrivedAt("/referrals/new.xhtml");
    assertTrue(browser.text("chosen-service-name").startsWith("Debt advice"), "the service chosen");
    assertTrue(
        browser.text("response-" + DEBT_ADVICE).startsWith("Answers within 10 working days"),
        "its figures, where the referral is written: " + browser.text("response-" + DEBT_ADVICE));
    ReferralPages referral = new ReferralPages(browser);
    referral.fill("Letters from creditors pile up unopened.", true);
    referral.send();
    assertTrue(referral.status().startsWith("Waiting"), referral.status());
    assertTrue(browser.text("maincontent").contains("Debt advice"));
    SignIn.out(browser);
  }

  @Test
  void referrersAreToldAnEntryMayHaveStoppedUntilItsOrganisationSaysItIsStillRunning()
      throws Exception {
    Stale.make(stack, ALLOTMENT);
    SignIn.as(browser, "lina.link", "/people/find.xhtml");
    browser.open("/directory/find.xhtml?search=1&q=allotment");
    browser.arrivedAt("/directory/find.xhtml");
    assertTrue(
        browser.text("stale-" + ALLOTMENT).startsWith("May have stopped: not confirmed since "),
        browser.text("stale-" + ALLOTMENT));
    browser.open("/referrals/new.xhtml?person=" + Demo.PAT + "&service=" + ALLOTMENT);
    browser.arrivedAt("/referrals/new.xhtml");
    assertTrue(browser.has("stale-" + ALLOTMENT), "flagged where the referral is written, too");
    SignIn.out(browser);

    SignIn.as(browser, "olive.admin", "/admin/staff.xhtml");
    browser.open("/services/capacity.xhtml");
    browser.arrivedAt("/services/capacity.xhtml");
    assertTrue(browser.has("stale-" + ALLOTMENT), "flagged to its organisation");
    browser.click(By.cssSelector("input[aria-label='Community allotment is still running']"));
    browser.arrivedAt("/services/capacity.xhtml");
    assertTrue(browser.text("confirmed").contains("Community allotment is shown as still running"));
    assertFalse(browser.has("stale-" + ALLOTMENT));
    assertTrue(browser.text("confirmed-" + ALLOTMENT).startsWith("Confirmed "));
    SignIn.out(browser);
    assertFalse(api.get("lina.link", "/services/" + ALLOTMENT).body().path("stale").asBoolean());
  }

  /**
   * VCFSE staff look services up to tell people about them, but do not refer: the page offers what
   * they may do (their own services), never a link to finding people they would be refused.
   */
  @Test
  void vcfseStaffAreOfferedWhatTheyMayDoNotALinkTheyAreRefused() {
    SignIn.as(browser, "vera.vcfse", "/inbox/index.xhtml");
    browser.open("/directory/find.xhtml");
    browser.arrivedAt("/directory/find.xhtml");
    assertTrue(
        browser.text("how-to-refer").startsWith("Look up services here to tell people about them"),
        browser.text("how-to-refer"));
    assertTrue(
        browser
            .driver()
            .findElements(By.cssSelector("#maincontent a[href$='/people/find.xhtml']"))
            .isEmpty(),
        "no link to finding people, which VCFSE staff are refused");
    browser.click("own-services");
    browser.arrivedAt("/services/capacity.xhtml");
    SignIn.out(browser);

    SignIn.as(browser, "lina.link", "/people/find.xhtml");
    browser.open("/directory/find.xhtml");
    browser.arrivedAt("/directory/find.xhtml");
    assertTrue(browser.text("how-to-refer").startsWith("To refer someone, find them first"));
    SignIn.out(browser);
  }

  @Test
  void anOrganisationsAdminEditsAnEntryWithErrorsNextToTheFields() {
    SignIn.as(browser, "olive.admin", "/admin/staff.xhtml");
    browser.open("/services/capacity.xhtml");
    browser.arrivedAt("/services/capacity.xhtml");
    browser.click("edit-" + Demo.WALKING);
    browser.arrivedAt("/directory/edit.xhtml");
    browser.type("name", "");
    browser.type("minAge", "70");
    browser.type("maxAge", "18");
    browser.type("url", "green-minds.example/walks");
    browser.type("area", "Northgate parks");
    browser.click("save-entry");
    browser.arrivedAt("/directory/edit.xhtml");
    assertTrue(browser.text("maincontent").contains("There is a problem"));
    assertTrue(
        browser.text("name-error").endsWith("Enter the service's name"),
        browser.text("name-error"));
    assertTrue(browser.has("maxAge-error") && browser.has("url-error"));
    assertEquals("Northgate parks", browser.find("area").getAttribute("value"), "input kept");

    browser.type("name", "Walking for wellbeing");
    browser.type("minAge", "");
    browser.type("maxAge", "");
    browser.type("url", "https://green-minds.example/walks");
    browser.click("save-entry");
    browser.arrivedAt("/services/capacity.xhtml");
    assertTrue(browser.has("capacity-saved"));
    assertEquals(
        "Northgate parks",
        api.get("lina.link", "/services/" + Demo.WALKING).body().path("area").asText());
    assertFalse(browser.has("edit-" + WELLBEING_COACH), "Riverside Surgery's, not Green Minds'");
    SignIn.out(browser);
  }

  @Test
  void anOrganisationsAdminSaysWhereAndWhenAServiceRunsAndReferrersSeeIt() {
    String places = "/services/" + ALLOTMENT + "/places";
    String times = "/services/" + ALLOTMENT + "/opening-times";
    JsonNode placesBefore = api.get("olive.admin", places).body();
    JsonNode timesBefore = api.get("olive.admin", times).body();
    try {
      SignIn.as(browser, "olive.admin", "/admin/staff.xhtml");
      browser.open("/services/capacity.xhtml");
      browser.arrivedAt("/services/capacity.xhtml");
      browser.click("where-" + ALLOTMENT);
      browser.arrivedAt("/directory/where.xhtml");
      assertEquals("NG2 3HE", browser.find("place-0-postcode").getAttribute("value"));

      // The allotment moves: a postcode cut short is refused, with everything typed kept.
      browser.type("place-0-name", "Community garden");
      browser.type("place-0-address", "1 Station Street");
      browser.type("place-0-postcode", "NG1");
      browser.click("save-places");
      browser.arrivedAt("/directory/where.xhtml");
      assertTrue(browser.text("place-0-postcode-error").contains("full UK postcode"));
      assertEquals("1 Station Street", browser.find("place-0-address").getAttribute("value"));
      browser.type("place-0-postcode", "ng1 5ab");
      browser.click("save-places");
      browser.arrivedAt("/directory/where.xhtml");
      assertTrue(browser.has("where-saved"));
      assertEquals("NG1 5AB", browser.find("place-0-postcode").getAttribute("value"));
      assertEquals("", browser.find("place-1-address").getAttribute("value"), "room for another");

      // It opens on Saturdays: closing before opening is refused, the day still ticked.
      browser.choose("time-0-day-SATURDAY");
      browser.type("time-0-opensAt", "14:00");
      browser.type("time-0-closesAt", "09:00");
      browser.click("save-times");
      browser.arrivedAt("/directory/where.xhtml");
      assertTrue(browser.text("time-0-closesAt-error").contains("close after it opens"));
      assertTrue(browser.find("time-0-day-SATURDAY").isSelected(), "input kept");
      browser.type("time-0-closesAt", "17:00");
      browser.type("time-0-description", "Closed in January");
      browser.click("save-times");
      browser.arrivedAt("/directory/where.xhtml");
      assertTrue(browser.has("where-saved"));
      SignIn.out(browser);

      SignIn.as(browser, "lina.link", "/people/find.xhtml");
      browser.open("/directory/find.xhtml?person=" + Demo.PAT);
      browser.arrivedAt("/directory/find.xhtml");
      new ReferralPages(browser).chooseInDirectory(ALLOTMENT);
      assertEquals(
          "Saturday 14:00 to 17:00. Closed in January", browser.text("opening-times-" + ALLOTMENT));
      assertTrue(
          browser.text("places-" + ALLOTMENT).startsWith("Community garden, 1 Station Street"),
          browser.text("places-" + ALLOTMENT));
      SignIn.out(browser);
    } finally {
      api.put("olive.admin", places, placesBefore);
      api.put("olive.admin", times, timesBefore);
    }
  }

  private static String letters() {
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return letters.toString();
  }
}
