package org.openneighbourhood.deployment.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openneighbourhood.deployment.stack.Demo.WALKING;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.local.PartnerSystemCatcher;
import org.openneighbourhood.deployment.stack.Api;
import org.openneighbourhood.deployment.stack.Api.Reply;
import org.openneighbourhood.deployment.stack.BarsRequests;
import org.openneighbourhood.deployment.stack.Demo;
import org.openneighbourhood.deployment.stack.RunningStack;
import org.openneighbourhood.deployment.stack.Tokens;
import org.openneighbourhood.deployment.stack.Wait;

/**
 * A referral Riverside Surgery's GP system sent as a BaRS message, answered in the portal: it is in
 * Green Minds' inbox in the browser like any other referral, a member of staff accepts it there,
 * and the GP system is sent the acceptance.
 */
@ExtendWith(RunningStack.class)
@Tag("fhir")
@Tag("browser")
class BarsJourneyIT {

  private Browser browser;
  private LocalStack stack;

  @RegisterExtension final Browsers browsers = new Browsers();

  @BeforeEach
  void openBrowser(LocalStack running) {
    stack = running;
    browser = browsers.open(running.portalUrl());
  }

  @Test
  void aGpSystemsReferralIsAcceptedInThePortalAndTheSystemIsTold() {
    String messageId = UUID.randomUUID().toString();
    Reply sent =
        new Api(stack)
            .post(
                Tokens.PARTNER_SYSTEM,
                BarsRequests.PROCESS_MESSAGE,
                BarsRequests.request(messageId, Demo.freshNhsNumber(), WALKING));
    assertEquals(200, sent.status(), sent::toString);
    String referralId = BarsRequests.resource(sent.body(), "ServiceRequest").path("id").asText();

    SignIn.as(browser, "vera.vcfse", "/inbox/index.xhtml");
    InboxPages inbox = new InboxPages(browser);
    inbox.open(referralId, "?status=SENT");
    assertTrue(
        browser.text("referral-reason").contains("Lonely since moving"),
        () -> browser.text("referral-reason"));
    inbox.accept();
    assertEquals("Accepted", inbox.status());
    SignIn.out(browser);

    PartnerSystemCatcher partner = stack.partner();
    Wait.until(() -> partner.about(referralId).size() == 1, "the acceptance at the GP system");
    JsonNode header =
        BarsRequests.resource(partner.about(referralId).get(0).bundle(), "MessageHeader");
    assertEquals(messageId, header.path("response").path("identifier").asText());
    assertEquals(
        "active",
        BarsRequests.resource(partner.about(referralId).get(0).bundle(), "ServiceRequest")
            .path("status")
            .asText());
  }
}
