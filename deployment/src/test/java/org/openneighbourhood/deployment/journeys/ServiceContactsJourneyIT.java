package org.openneighbourhood.deployment.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openneighbourhood.deployment.stack.Demo.PAT;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.stack.RunningStack;
import org.openneighbourhood.deployment.stack.Services;

/**
 * An organisation's admin, with the keyboard alone, gives a new service its contacts (each with
 * phone numbers) and its prices: groups added and removed with the form's own buttons (no
 * JavaScript), everything typed kept each time, each mistake told next to its field and in the
 * error summary; then a link worker finds the service and reads how to reach it and what it costs
 * in plain English. Every state of the pages is scanned with axe on arrival.
 */
@ExtendWith(RunningStack.class)
@Tag("directory")
@Tag("browser")
class ServiceContactsJourneyIT {

  private LocalStack stack;
  private Browser admin;

  @RegisterExtension final Browsers browsers = new Browsers();

  @BeforeEach
  void openBrowser(LocalStack running) {
    stack = running;
    admin = browsers.add(Browser.keyboardOnly(running.portalUrl()));
  }

  @Test
  void anAdminGivesContactsAndPricesAndAReferrerReadsThemInPlainEnglish() throws Exception {
    String service = "Phone friends " + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    SignIn.as(admin, "olive.admin", "/admin/staff.xhtml");
    admin.open("/directory/edit.xhtml");
    admin.arrivedAt("/directory/edit.xhtml");
    admin.type("name", service);
    admin.type("description", "A weekly phone call for people who live alone.");
    admin.choose(ServicePages.categoryOtherThanMoneyAndDebt(admin));

    admin.click("add-contact");
    admin.arrivedAt("/directory/edit.xhtml");
    assertEquals(service, value("name"), "what was typed is kept");
    admin.type("contact-0-title", "Coordinator");
    admin.type("contact-0-department", "Befriending");
    admin.type("contact-0-email", "coordinator at green minds");
    admin.type("contact-0-phone-0-number", "0115 496 0500");
    admin.click("add-contact-0-phone");
    admin.arrivedAt("/directory/edit.xhtml");
    assertEquals("0115 496 0500", value("contact-0-phone-0-number"));
    admin.type("contact-0-phone-1-number", "07700 900500");
    admin.select("contact-0-phone-1-type", "TEXT");

    admin.click("add-contact");
    admin.arrivedAt("/directory/edit.xhtml");
    admin.type("contact-1-title", "Temporary desk");
    admin.click("remove-contact-1");
    admin.arrivedAt("/directory/edit.xhtml");
    assertFalse(admin.has("contact-1-title"), "removed");
    assertEquals("Coordinator", value("contact-0-title"), "the other contact is kept");
    assertEquals("TEXT", value("contact-0-phone-1-type"));

    admin.click("add-cost");
    admin.arrivedAt("/directory/edit.xhtml");
    admin.type("cost-0-option", "Everyone");
    admin.type("cost-0-amount", "0");
    admin.click("add-cost");
    admin.arrivedAt("/directory/edit.xhtml");
    admin.type("cost-1-option", "Lunch club");
    admin.type("cost-1-amount", "five");
    admin.type("cost-1-amountDescription", "per session");
    admin.type("phone-0-number", "call us");

    admin.click("save-entry");
    admin.arrivedAt("/directory/edit.xhtml");
    assertTrue(admin.has("cost-1-amount-error"), "the page's own check, at the field");
    admin.type("cost-1-amount", "5");
    admin.click("save-entry");
    admin.arrivedAt("/directory/edit.xhtml");
    assertTrue(admin.has("contact-0-email-error"), "the API's problem, at the exact field");
    assertTrue(admin.has("phone-0-number-error"), "the service's own phone too");
    String summary = admin.text("error-summary");
    assertTrue(summary.contains("email address") && summary.contains("UK phone"), summary);
    assertEquals("07700 900500", value("contact-0-phone-1-number"), "nothing typed is lost");
    assertEquals("Lunch club", value("cost-1-option"));

    admin.type("contact-0-email", "coordinator@green-minds.example.org");
    admin.type("phone-0-number", "0115 496 0501");
    admin.click("save-entry");
    admin.arrivedAt("/services/capacity.xhtml");
    String id = ServicePages.serviceIdOf(admin, service);
    try {
      admin.click("edit-" + id);
      admin.arrivedAt("/directory/edit.xhtml");
      assertEquals("Coordinator", value("contact-0-title"), "as saved");
      assertEquals("5", value("cost-1-amount"));

      Browser linkWorker = browsers.open(stack.portalUrl());
      SignIn.as(linkWorker, "lina.link", "/people/find.xhtml");
      linkWorker.open("/directory/find.xhtml?person=" + PAT);
      linkWorker.arrivedAt("/directory/find.xhtml");
      linkWorker.type("q", service);
      linkWorker.type("postcode", "");
      linkWorker.click("search");
      linkWorker.arrivedAt("/directory/find.xhtml");
      linkWorker.click("service-" + id);
      linkWorker.arrivedAt("/directory/service.xhtml");
      assertEquals(service, linkWorker.heading());
      assertEquals("Everyone: Free", linkWorker.text("cost-0"));
      assertEquals("Lunch club: £5 per session", linkWorker.text("cost-1"));
      assertTrue(linkWorker.text("phone-0").contains("0115 496 0501"), linkWorker.text("phone-0"));
      String contact = linkWorker.text("contact-0");
      assertTrue(contact.contains("Coordinator, Befriending"), contact);
      assertTrue(contact.contains("07700 900500 (text messages only)"), contact);
      assertTrue(contact.contains("coordinator@green-minds.example.org"), contact);
      assertTrue(linkWorker.has("refer"), "the person the search was for can be referred");
      SignIn.out(linkWorker);
    } finally {
      Services.delete(stack, id);
    }
  }

  private String value(String id) {
    return admin.find(id).getDomProperty("value");
  }
}
