package org.openneighbourhood.api.fhir.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The call to a partner's endpoint against a real HTTP server standing for the partner and its
 * token endpoint: the credential is sent, a token is fetched once and reused until near its expiry,
 * and every way of not getting one fails closed (the update stays in the outbox).
 */
class PartnerSystemsTest {

  private HttpServer server;
  private final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger tokenRequests = new AtomicInteger();
  private volatile int tokenStatus = 200;
  private volatile String tokenBody = "{\"access_token\":\"t-1\",\"expires_in\":300}";
  private volatile int partnerStatus = 200;
  private Instant now = Instant.parse("2026-12-06T09:00:00Z");

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/token",
        exchange -> {
          tokenRequests.incrementAndGet();
          String basic = exchange.getRequestHeaders().getFirst("Authorization");
          String expected =
              "Basic "
                  + Base64.getEncoder()
                      .encodeToString("portal:s3cret".getBytes(StandardCharsets.UTF_8));
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          if (!expected.equals(basic) || !body.equals("grant_type=client_credentials")) {
            answer(exchange, 401, "{\"error\":\"invalid_client\"}");
          } else {
            answer(exchange, tokenStatus, tokenBody);
          }
        });
    server.createContext(
        "/fhir/$process-message",
        exchange -> {
          authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
          exchange.getRequestBody().readAllBytes();
          answer(exchange, partnerStatus, "{}");
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void aStaticTokenIsSentAsABearer() throws Exception {
    partners("", "gp-one=api-key-1").send("gp-one", "{}", UUID.randomUUID());
    assertEquals(List.of("Bearer api-key-1"), authorizations);
  }

  @Test
  void anOrganisationWithoutCredentialsIsCalledWithout() throws Exception {
    partners("", "").send("gp-one", "{}", UUID.randomUUID());
    assertEquals(Collections.singletonList(null), authorizations);
  }

  @Test
  void aTokenIsFetchedOnceAndKeptUntilNearItsExpiry() throws Exception {
    PartnerSystems partners = clientCredentials();
    partners.send("gp-one", "{}", UUID.randomUUID());
    partners.send("gp-one", "{}", UUID.randomUUID());
    assertEquals(1, tokenRequests.get());
    now = now.plusSeconds(269);
    partners.send("gp-one", "{}", UUID.randomUUID());
    assertEquals(1, tokenRequests.get(), "still fresh: 300 s less a tenth");
    now = now.plusSeconds(2);
    tokenBody = "{\"access_token\":\"t-2\",\"expires_in\":300}";
    partners.send("gp-one", "{}", UUID.randomUUID());
    assertEquals(2, tokenRequests.get());
    assertEquals(List.of("Bearer t-1", "Bearer t-1", "Bearer t-1", "Bearer t-2"), authorizations);
  }

  @Test
  void noTokenMeansNoCallAndATryLater() throws Exception {
    PartnerSystems partners = clientCredentials();
    tokenStatus = 500;
    IOException refused =
        assertThrows(IOException.class, () -> partners.send("gp-one", "{}", UUID.randomUUID()));
    assertEquals("Partner token endpoint 500", refused.getMessage());
    tokenStatus = 200;
    tokenBody = "{\"token_type\":\"bearer\"}";
    assertThrows(IOException.class, () -> partners.send("gp-one", "{}", UUID.randomUUID()));
    tokenBody = "not json";
    assertThrows(IOException.class, () -> partners.send("gp-one", "{}", UUID.randomUUID()));
    assertEquals(List.of(), authorizations, "the partner was never called without its token");
  }

  @Test
  void aRefusedTokenIsForgottenAndTheUpdateTriedAgain() throws Exception {
    PartnerSystems partners = clientCredentials();
    partnerStatus = 401;
    IOException later =
        assertThrows(IOException.class, () -> partners.send("gp-one", "{}", UUID.randomUUID()));
    assertFalse(later.getMessage().contains("t-1"));
    partnerStatus = 200;
    tokenBody = "{\"access_token\":\"t-2\",\"expires_in\":300}";
    partners.send("gp-one", "{}", UUID.randomUUID());
    assertEquals(2, tokenRequests.get());
    assertEquals(List.of("Bearer t-1", "Bearer t-2"), authorizations);
  }

  @Test
  void aWrongClientSecretIsATryLaterNamingNoSecret() throws Exception {
    PartnerSystems partners = partners("gp-one=" + base() + "/token", "gp-one=portal:wrong");
    IOException refused =
        assertThrows(IOException.class, () -> partners.send("gp-one", "{}", UUID.randomUUID()));
    assertTrue(refused.getMessage().endsWith("401"), refused::getMessage);
    assertFalse(refused.getMessage().contains("wrong"));
  }

  private PartnerSystems clientCredentials() {
    return partners("gp-one=" + base() + "/token", "gp-one=portal:s3cret");
  }

  private PartnerSystems partners(String tokenUrls, String credentials) {
    PartnerSystems partners = new PartnerSystems();
    partners.configured = Optional.of("gp-one=" + base() + "/fhir");
    partners.tokenUrls = Optional.of(tokenUrls);
    partners.secrets = Optional.of(credentials);
    partners.clock =
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now;
          }
        };
    partners.open();
    return partners;
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
