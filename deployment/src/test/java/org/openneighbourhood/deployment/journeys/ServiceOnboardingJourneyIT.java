package org.openneighbourhood.deployment.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openneighbourhood.deployment.stack.Demo.NORTHGATE_PCN;
import static org.openneighbourhood.deployment.stack.Demo.PAT;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.stack.RunningStack;
import org.openneighbourhood.deployment.stack.SecondLane;

/**
 * A new organisation offers its first service and takes its first referral without an operator: the
 * platform admin onboards it (a wrong choice of primary care network is said next to the select)
 * and changes its PCN, its admin (invited by e-mail) adds a service in the portal and invites a
 * worker, a link worker finds the service in Find a service and refers Pat to it, and the worker
 * accepts the referral.
 *
 * <p>It needs nothing of the shared stack's order and moves no clock, so it runs in the {@link
 * SecondLane}, on the stack there, to keep the two lanes about as long.
 */
@ExtendWith(RunningStack.WithMovableClock.class)
@Tag("directory")
@Tag("browser")
@SecondLane
class ServiceOnboardingJourneyIT {

  private LocalStack stack;
  private Browser platform;
  private Browser admin;
  private Browser worker;
  private Browser linkWorker;

  @RegisterExtension final Browsers browsers = new Browsers();

  @BeforeEach
  void openBrowsers(LocalStack running) {
    stack = running;
    platform = browsers.open(running.portalUrl());
    admin = browsers.open(running.portalUrl());
  }

  @Test
  void aNewOrganisationAddsAServiceAndAcceptsItsFirstReferral() {
    int n = ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    String organisation = "Riverbank Gardeners " + n;
    String adminEmail = "ruth.rivers." + n + "@riverbank.example";
    String workerEmail = "will.weeds." + n + "@riverbank.example";
    String service = "Riverbank Garden Club " + n;

    SignIn.as(platform, "paula.platform", "/platform/organisations.xhtml");
    platform.click("onboard-organisation");
    platform.arrivedAt("/platform/onboard.xhtml");
    platform.type("name", organisation);
    // Ticked as a PCN by mistake, and put in Northgate PCN's area: a PCN is an area itself.
    platform.choose("sector-PCN");
    platform.type("odsCode", "U" + Integer.toString(n).substring(0, 5));
    platform.select("pcnId", NORTHGATE_PCN);
    platform.type("adminFirstName", "Ruth");
    platform.type("adminLastName", "Rivers");
    platform.type("adminEmail", adminEmail);
    platform.click("onboard");
    platform.arrivedAt("/platform/onboard.xhtml");
    assertTrue(
        platform.text("pcnId-error").contains("A primary care network is an area itself"),
        "said next to the select");
    platform.choose("sector-VCFSE");
    platform.type("odsCode", "");
    platform.type("charityNumber", Integer.toString(1_000_000 + n));
    assertEquals(NORTHGATE_PCN, platform.find("pcnId").getDomProperty("value"), "choice kept");
    platform.click("onboard");
    platform.arrivedAt("/platform/organisations.xhtml");
    assertTrue(platform.text("organisations").contains(organisation), "onboarded");

    // Its area is shown and changed by the platform admin.
    String alias = "riverbank-gardeners-" + n;
    platform.click("change-pcn-" + alias);
    platform.arrivedAt("/platform/pcn.xhtml");
    assertEquals("Primary care network of " + organisation, platform.heading());
    assertEquals(NORTHGATE_PCN, platform.find("pcnId").getDomProperty("value"), "its PCN shown");
    platform.select("pcnId", "");
    platform.click("save-pcn");
    platform.arrivedAt("/platform/organisations.xhtml");
    assertTrue(
        platform.text("pcn-changed").contains(organisation + " is now in no primary care network"),
        platform.text("pcn-changed"));
    platform.click("change-pcn-" + alias);
    platform.arrivedAt("/platform/pcn.xhtml");
    platform.select("pcnId", NORTHGATE_PCN);
    platform.click("save-pcn");
    platform.arrivedAt("/platform/organisations.xhtml");
    assertTrue(
        platform
            .text("pcn-changed")
            .contains(organisation + " is now in the area of Northgate Primary Care Network"),
        platform.text("pcn-changed"));

    Invited.setPassword(
        admin, Invited.linkSentTo(stack, adminEmail), adminEmail, "/admin/staff.xhtml");
    admin.open("/services/capacity.xhtml");
    admin.arrivedAt("/services/capacity.xhtml");
    assertTrue(admin.has("no-services"), "a new organisation has no services yet");
    admin.click("add-service");
    admin.arrivedAt("/directory/edit.xhtml");
    assertEquals("Add a service to the directory", admin.heading());
    admin.click("save-entry");
    admin.arrivedAt("/directory/edit.xhtml");
    assertTrue(admin.has("name-error"), "a service needs a name, said next to it");
    admin.type("name", service);
    admin.type(
        "description", "Growing vegetables together on the riverbank, every Wednesday morning.");
    admin.choose(ServicePages.categoryOtherThanMoneyAndDebt(admin));
    admin.type("languages", "English, Po1ish");
    admin.click("save-entry");
    admin.arrivedAt("/directory/edit.xhtml");
    assertTrue(admin.has("languages-error"), "a language's name has no digits: said at the field");
    assertTrue(admin.has("name") && service.equals(admin.find("name").getAttribute("value")));
    admin.type("languages", "English, Polish, polish");
    admin.click("save-entry");
    admin.arrivedAt("/services/capacity.xhtml");
    assertTrue(admin.text("service-added").contains(service), admin.text("service-added"));
    String serviceId = ServicePages.serviceIdOf(admin, service);
    admin.click("edit-" + serviceId);
    admin.arrivedAt("/directory/edit.xhtml");
    assertEquals(
        "English, Polish", admin.find("languages").getAttribute("value"), "each language once");

    admin.open("/admin/invite.xhtml");
    admin.arrivedAt("/admin/invite.xhtml");
    admin.type("firstName", "Will");
    admin.type("lastName", "Weeds");
    admin.type("email", workerEmail);
    admin.choose("roles-vcfse-staff");
    admin.click("send-invitation");
    admin.arrivedAt("/admin/staff.xhtml");

    linkWorker = browsers.open(stack.portalUrl());
    SignIn.as(linkWorker, "lina.link", "/people/find.xhtml");
    linkWorker.open("/people/person.xhtml?id=" + PAT);
    linkWorker.arrivedAt("/people/person.xhtml");
    linkWorker.click("find-service");
    linkWorker.arrivedAt("/directory/find.xhtml");
    ReferralPages referral = new ReferralPages(linkWorker);
    referral.chooseInDirectory(serviceId, service);
    referral.fill("Pat would like to grow food with others.", true);
    String referralId = referral.send();
    assertTrue(referral.status().startsWith("Waiting"), referral.status());
    SignIn.out(linkWorker);

    worker = browsers.open(stack.portalUrl());
    Invited.setPassword(
        worker, Invited.linkSentTo(stack, workerEmail), workerEmail, "/inbox/index.xhtml");
    InboxPages inbox = new InboxPages(worker);
    inbox.open(referralId);
    inbox.accept();
    assertEquals("Accepted", inbox.status());

    // The garden club stops: its admin takes it out of the directory; the referral goes on.
    admin.open("/services/capacity.xhtml");
    admin.arrivedAt("/services/capacity.xhtml");
    admin.click("retire-" + serviceId);
    admin.arrivedAt("/directory/retire.xhtml");
    assertEquals("Take " + service + " out of the directory", admin.heading());
    admin.click("confirm-retire");
    admin.arrivedAt("/services/capacity.xhtml");
    assertTrue(admin.text("service-retired").contains(service), admin.text("service-retired"));
    assertTrue(admin.has("no-services"), "its only service has left the list");
    inbox.open(referralId);
    assertEquals("Accepted", inbox.status(), "the referral made to it goes on");
    SignIn.out(worker);

    SignIn.as(linkWorker, "lina.link", "/people/find.xhtml");
    linkWorker.open("/directory/find.xhtml?person=" + PAT);
    linkWorker.arrivedAt("/directory/find.xhtml");
    linkWorker.type("q", service);
    linkWorker.type("postcode", "");
    linkWorker.click("search");
    linkWorker.arrivedAt("/directory/find.xhtml");
    assertFalse(linkWorker.has("refer-" + serviceId), "no longer offered to referrers");
    SignIn.out(linkWorker);
  }
}
