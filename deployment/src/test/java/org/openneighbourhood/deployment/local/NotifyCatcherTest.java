package org.openneighbourhood.deployment.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;
import uk.gov.service.notify.SendSmsResponse;

/**
 * The fake Notify speaks Notify's API as GOV.UK Notify's own Java client speaks it: the client's
 * token is accepted, its answer read, and its errors are Notify's.
 */
class NotifyCatcherTest {

  private static final String LINK = "http://localhost:8080/my/referrals.xhtml";

  @Test
  void aTextSentWithNotifysOwnClientIsAcceptedAndKept() throws Exception {
    try (NotifyCatcher notify = NotifyCatcher.start(0)) {
      NotificationClient client = new NotificationClient(notify.apiKey(), notify.url());
      String reference = UUID.randomUUID().toString();
      SendSmsResponse answer =
          client.sendSms(
              notify.templateId(),
              "+447700900982",
              Map.of(NotifyCatcher.MESSAGE, "Neighbourhood portal: news. Sign in: " + LINK),
              reference);
      assertEquals("Neighbourhood portal: news. Sign in: " + LINK, answer.getBody());
      assertEquals(reference, answer.getReference().orElseThrow());
      assertEquals(UUID.fromString(notify.templateId()), answer.getTemplateId());
      NotifyCatcher.Text text = notify.receivedBy("+447700900982").get(0);
      assertEquals(answer.getNotificationId().toString(), text.id());
      assertEquals(List.of(LINK), text.links());
      Set<String> shown = new HashSet<>();
      assertEquals(1, notify.notYetIn(shown).size());
      assertEquals(List.of(), notify.notYetIn(shown));
    }
  }

  @Test
  void anotherServicesKeyIsRefusedAsNotifyRefusesIt() {
    try (NotifyCatcher notify = NotifyCatcher.start(0);
        NotifyCatcher other = NotifyCatcher.start(0)) {
      NotificationClient client = new NotificationClient(other.apiKey(), notify.url());
      NotificationClientException refused =
          assertThrows(
              NotificationClientException.class,
              () ->
                  client.sendSms(
                      notify.templateId(), "+447700900982", Map.of("message", "Hi"), null));
      assertEquals(403, refused.getHttpResult());
      assertTrue(refused.getMessage().contains("AuthError"), refused.getMessage());
      assertEquals(List.of(), notify.received());
    }
  }

  @Test
  void itFailsWhenToldToAndThenAcceptsAgain() throws Exception {
    try (NotifyCatcher notify = NotifyCatcher.start(0)) {
      NotificationClient client = new NotificationClient(notify.apiKey(), notify.url());
      notify.failNext(500, 1);
      notify.failNext(429, 1);
      for (int status : new int[] {500, 429}) {
        NotificationClientException failed =
            assertThrows(
                NotificationClientException.class,
                () ->
                    client.sendSms(
                        notify.templateId(), "+447700900982", Map.of("message", "Hi"), null));
        assertEquals(status, failed.getHttpResult());
      }
      client.sendSms(notify.templateId(), "+447700900982", Map.of("message", "Hi"), null);
      assertEquals(1, notify.received().size());
      assertEquals(3, notify.requests());
    }
  }

  @Test
  void aNumberThatIsNotAMobileIsABadRequest() {
    try (NotifyCatcher notify = NotifyCatcher.start(0)) {
      NotificationClient client = new NotificationClient(notify.apiKey(), notify.url());
      NotificationClientException refused =
          assertThrows(
              NotificationClientException.class,
              () ->
                  client.sendSms(
                      notify.templateId(), "020 7946 0018", Map.of("message", "Hi"), null));
      assertEquals(400, refused.getHttpResult());
    }
  }
}
