package org.openneighbourhood.deployment.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.stack.RunningStack;
import org.openqa.selenium.By;

/**
 * Organisations managing their own people, in real browsers: an organisation admin invites a
 * worker, who sets a password from the e-mail Keycloak really sent and is then signed in on their
 * inbox (the used link, opened again, says it has been used); the admin deactivates them and their
 * open session ends at once. And a link worker who also volunteers for a VCFSE chooses which
 * organisation they act for.
 */
@ExtendWith(RunningStack.class)
@Tag("organisations")
@Tag("browser")
class OrganisationJourneyIT {

  private LocalStack stack;
  private Browser browser;
  private Browser adminBrowser;

  @RegisterExtension final Browsers browsers = new Browsers();

  @BeforeEach
  void openBrowser(LocalStack running) {
    stack = running;
    browser = browsers.open(running.portalUrl());
  }

  @Test
  void anAdminInvitesAWorkerWhoSignsInAndIsSignedOutWhenDeactivated() {
    String email =
        "wren.worker." + ThreadLocalRandom.current().nextInt(1_000_000) + "@green-minds.example";
    adminBrowser = browsers.open(stack.portalUrl());
    SignIn.as(adminBrowser, "olive.admin", "/admin/staff.xhtml");
    assertEquals("Green Minds Wellbeing", adminBrowser.text("acting-organisation"));
    adminBrowser.click("invite");
    adminBrowser.arrivedAt("/admin/invite.xhtml");
    assertTrue(adminBrowser.has("roles-vcfse-staff"));
    assertTrue(!adminBrowser.has("roles-gp-staff"), "a VCFSE is not offered gp-staff");

    adminBrowser.type("email", "not an address");
    adminBrowser.click("send-invitation");
    assertTrue(adminBrowser.text("email-error").contains("Enter an email address like"));
    assertTrue(adminBrowser.has("firstName-error"));
    assertTrue(adminBrowser.has("roles-error"));
    assertEquals("not an address", adminBrowser.find("email").getAttribute("value"), "kept");

    adminBrowser.type("firstName", "Wren");
    adminBrowser.type("lastName", "Worker");
    adminBrowser.type("email", email);
    adminBrowser.choose("roles-vcfse-staff");
    adminBrowser.click("send-invitation");
    adminBrowser.arrivedAt("/admin/staff.xhtml");
    assertTrue(adminBrowser.text("invited").contains("Wren Worker"));
    assertTrue(adminBrowser.text("staff").contains("Wren Worker"));

    String link = Invited.linkSentTo(stack, email);

    Invited.setPassword(browser, link, email, "/inbox/index.xhtml");
    assertEquals("Wren Worker", browser.text("signed-in-user"), "signed in as the invited worker");
    assertEquals("Green Minds Wellbeing", browser.text("acting-organisation"));
    Invited.linkIsUsed(browser, link);
    browser.open("/inbox/index.xhtml");
    browser.arrivedAt("/inbox/index.xhtml");

    adminBrowser.open("/admin/staff.xhtml");
    adminBrowser.arrivedAt("/admin/staff.xhtml");
    adminBrowser.click(
        By.xpath(
            "//tr[contains(@class,'staff-member')][.//span[@class='staff-name' and"
                + " text()='Wren Worker']]//input[contains(@class,'deactivate')]"));
    adminBrowser.arrivedAt("/admin/staff.xhtml");
    assertTrue(adminBrowser.text("deactivated").contains("Wren Worker"));

    browser.open("/inbox/index.xhtml");
    browser.arrivedAt("/session-ended.xhtml");
    assertEquals("You have been signed out", browser.heading());
    browser.click("sign-in-again");
    browser.type("username", email);
    browser.click("kc-login");
    if (browser.has("password")) {
      browser.type("password", Invited.PASSWORD);
      browser.click("kc-login");
    }
    assertTrue(
        browser.driver().getPageSource().contains("Your account has been turned off"),
        "a deactivated account cannot sign in again");
    browser.onSignInPage("account-turned-off");
  }

  @Test
  void someoneInTwoOrganisationsChoosesWhichOneTheyActFor() {
    SignIn.as(browser, "liam.link", "/choose-organisation.xhtml");
    browser.click("choose");
    browser.arrivedAt("/choose-organisation.xhtml");
    assertTrue(browser.text("organisation-error").contains("Choose the organisation"));

    browser.choose("organisation-green-minds");
    browser.click("choose");
    browser.arrivedAt("/people/find.xhtml");
    assertEquals("Green Minds Wellbeing", browser.text("acting-organisation"));
    browser.open("/inbox/index.xhtml");
    browser.arrivedAt("/inbox/index.xhtml");

    browser.click("change-organisation");
    browser.arrivedAt("/choose-organisation.xhtml");
    browser.choose("organisation-northgate-pcn");
    browser.click("choose");
    browser.arrivedAt("/people/find.xhtml");
    assertEquals("Northgate Primary Care Network", browser.text("acting-organisation"));
    SignIn.out(browser);
  }

  /**
   * Before choosing, every staff page would be refused by the API (no acting organisation): the
   * portal asks for the choice first, then goes on to the page asked for.
   */
  @Test
  void someoneYetToChooseIsAskedFirstThenTakenWhereTheyWereGoing() {
    SignIn.as(browser, "liam.link", "/choose-organisation.xhtml");
    browser.open("/inbox/index.xhtml");
    browser.arrivedAt("/choose-organisation.xhtml");
    browser.choose("organisation-green-minds");
    browser.click("choose");
    browser.arrivedAt("/inbox/index.xhtml");
    assertEquals("Green Minds Wellbeing", browser.text("acting-organisation"));
    SignIn.out(browser);
  }
}
