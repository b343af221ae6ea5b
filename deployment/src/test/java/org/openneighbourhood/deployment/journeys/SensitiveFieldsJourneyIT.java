package org.openneighbourhood.deployment.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.sensitive.Canary;
import org.openneighbourhood.deployment.sensitive.CanaryFixture;
import org.openneighbourhood.deployment.stack.Demo;
import org.openneighbourhood.deployment.stack.RunningStack;

/**
 * Sensitive fields in the browser: the care team's GP sees the canary person's address and
 * safeguarding notes and adds notes (with the error next to the field and the text kept when it is
 * too long) and registers a restricted record; the link worker who only referred them and the
 * receiving VCFSE are told that details are withheld for their role, not what; the person sees
 * their own address and nothing of the notes.
 */
@ExtendWith({RunningStack.class, CanaryFixture.class})
@Tag("access")
@Tag("browser")
class SensitiveFieldsJourneyIT {

  private static final String WITHHELD = "Address withheld (restricted record)";

  private Browser browser;

  @RegisterExtension final Browsers browsers = new Browsers();

  @BeforeEach
  void openBrowser(LocalStack stack) {
    browser = browsers.open(stack.portalUrl());
  }

  @Test
  void theCareTeamsGpSeesTheAddressAndTheNotes(Canary canary) {
    SignIn.as(browser, "gary.gp", "/people/find.xhtml");
    PeoplePages people = new PeoplePages(browser);
    people.find(canary.nhsNumber());
    browser.arrivedAt("/people/person.xhtml");
    assertTrue(browser.text("address").contains(canary.addressLine()), "the address");
    assertTrue(browser.text("address").contains(canary.postcode()), "the postcode");
    assertTrue(
        people.safeguardingNotes().stream().anyMatch(note -> note.contains(canary.note())),
        "the note");
    assertTrue(
        people.safeguardingNotes().get(0).contains("Gary Green, Riverside Surgery"),
        "who wrote it, for which organisation");
    assertFalse(browser.has("details-withheld"), "nothing is withheld from the GP");
    SignIn.out(browser);
  }

  @Test
  void aGpRegistersARestrictedRecordAndAddsASafeguardingNote() {
    SignIn.as(browser, "gary.gp", "/people/find.xhtml");
    PeoplePages people = new PeoplePages(browser);
    people.find(Demo.freshNhsNumber());
    browser.arrivedAt("/people/find.xhtml");
    people.startRegistering("Jo", "Refuge", 14, 7, 1992);
    people.fillAddress("2 Quiet Close", "Northgate", "ZZ9");
    browser.choose("restricted");
    browser.choose("consentToRecord");
    browser.click("register");
    browser.arrivedAt("/people/register.xhtml");
    assertTrue(browser.text("postcode-error").contains("Enter a real postcode"));
    assertEquals("2 Quiet Close", browser.find("addressLine1").getAttribute("value"), "kept");
    assertTrue(browser.find("restricted").isSelected(), "the restricted record stays ticked");
    browser.type("postcode", "ng2 4ht");
    browser.click("register");
    browser.arrivedAt("/people/person.xhtml");
    assertTrue(browser.text("address").contains("2 Quiet Close"), "the registering GP sees it");
    assertTrue(browser.text("address").contains("NG2 4HT"));
    assertTrue(browser.has("no-safeguarding-notes"));

    String tooLong = "Concern. " + "x".repeat(4000);
    people.addSafeguardingNote(tooLong);
    assertTrue(browser.text("safeguardingNote-error").contains("4000 characters or fewer"));
    assertEquals(tooLong, browser.find("safeguardingNote").getAttribute("value"), "text kept");
    people.addSafeguardingNote("Jo's former partner has been asking neighbours where she lives.");
    assertTrue(
        people.safeguardingNotes().get(0).contains("former partner"),
        people.safeguardingNotes()::toString);
    SignIn.out(browser);
  }

  @Test
  void theReferrerOutsideTheCareTeamAndTheReceiverAreToldDetailsAreWithheld(Canary canary) {
    SignIn.as(browser, "lina.link", "/people/find.xhtml");
    browser.open("/referrals/referral.xhtml?id=" + canary.referralId());
    browser.arrivedAt("/referrals/referral.xhtml");
    assertEquals(WITHHELD, browser.text("address"));
    assertTrue(browser.has("details-withheld"), "told that something is withheld");
    assertFalse(browser.driver().getPageSource().contains("Safeguarding"), "not what");
    SignIn.out(browser);

    SignIn.as(browser, "vera.vcfse", "/inbox/index.xhtml");
    new InboxPages(browser).open(canary.referralId());
    assertEquals(WITHHELD, browser.text("address"));
    assertTrue(browser.has("details-withheld"));
    browser.click("see-plan");
    browser.arrivedAt("/plans/plan.xhtml");
    assertTrue(browser.has("details-withheld"));
    assertFalse(browser.driver().getPageSource().contains("Safeguarding"), "not what");
    SignIn.out(browser);
  }

  @Test
  void thePersonSeesTheirOwnAddressAndNothingOfTheNotes(Canary canary) {
    SignIn.as(browser, Canary.PERSON_USER, "/my/plan.xhtml");
    assertTrue(browser.text("my-address").contains(canary.addressLine()));
    assertTrue(browser.text("my-address").contains(canary.postcode()));
    assertTrue(browser.has("restricted-record"));
    assertFalse(browser.driver().getPageSource().contains("afeguarding"));
    SignIn.out(browser);
  }
}
