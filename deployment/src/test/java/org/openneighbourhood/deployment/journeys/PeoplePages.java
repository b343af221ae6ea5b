package org.openneighbourhood.deployment.journeys;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The link worker's pages: find or register a person, and the person's page. */
final class PeoplePages {

  private final Browser browser;

  PeoplePages(Browser browser) {
    this.browser = browser;
  }

  void find(String nhsNumber) {
    browser.type("nhsNumber", nhsNumber);
    browser.click("find");
  }

  void register(String givenName, String familyName, int day, int month, int year) {
    startRegistering(givenName, familyName, day, month, year);
    browser.choose("consentToRecord");
    browser.click("register");
    browser.arrivedAt("/people/person.xhtml");
  }

  /** From a search that found nobody: opens the registration form and fills in who they are. */
  void startRegistering(String givenName, String familyName, int day, int month, int year) {
    browser.click("register-person");
    browser.arrivedAt("/people/register.xhtml");
    browser.type("givenName", givenName);
    browser.type("familyName", familyName);
    browser.type("dob-day", Integer.toString(day));
    browser.type("dob-month", Integer.toString(month));
    browser.type("dob-year", Integer.toString(year));
  }

  void fillAddress(String line1, String town, String postcode) {
    browser.type("addressLine1", line1);
    browser.type("town", town);
    browser.type("postcode", postcode);
  }

  void addSafeguardingNote(String text) {
    browser.type("safeguardingNote", text);
    browser.click("add-safeguarding-note");
    browser.arrivedAt("/people/person.xhtml");
  }

  List<String> safeguardingNotes() {
    return browser
        .find("safeguarding-notes")
        .findElements(By.className("safeguarding-note"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  /** From the person's page to their plan. */
  PlanPages openPlan() {
    browser.click("see-plan");
    browser.arrivedAt("/plans/plan.xhtml");
    return PlanPages.ofCareTeam(browser);
  }

  /** Adds an organisation to the person's care team, ticking their agreement or not. */
  void addToCareTeam(String organisationName, boolean agreed) {
    new Select(browser.find("organisationId")).selectByVisibleText(organisationName);
    if (agreed) {
      browser.choose("personAgreed");
    }
    browser.click("add-to-care-team");
    browser.arrivedAt("/people/person.xhtml");
  }

  List<String> careTeam() {
    return browser.find("care-team").findElements(By.className("care-team-member")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
