package org.openneighbourhood.api.schema.boundary;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Stands in for the two Keycloak calls the war makes on every organisation request, for the
 * in-container tests only (deployment's tests use the real Keycloak): the service account's token,
 * and the organisations a user belongs to. The test tokens name those organisations in their
 * subject ({@code orgs:<alias>,<alias>:<random>}), since the subject is all the war sends.
 */
final class MembershipStandIn implements AutoCloseable {

  static final String MEMBERSHIPS = "/admin/realms/neighbourhood-test/organizations/members/";

  private final HttpServer server;

  private MembershipStandIn(HttpServer server) {
    this.server = server;
  }

  static MembershipStandIn start(int port) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
    server.createContext(
        "/realms/neighbourhood-test/protocol/openid-connect/token",
        exchange -> answer(exchange, 200, "{\"access_token\":\"stand-in\",\"expires_in\":300}"));
    server.createContext(MEMBERSHIPS, MembershipStandIn::memberships);
    server.start();
    return new MembershipStandIn(server);
  }

  /** {@code .../members/orgs:a,b:uuid/organizations} answers organisations a and b. */
  private static void memberships(HttpExchange exchange) throws IOException {
    String subject =
        URLDecoder.decode(
            exchange.getRequestURI().getRawPath().substring(MEMBERSHIPS.length()),
            StandardCharsets.UTF_8);
    String[] parts = subject.split(":");
    String aliases = parts.length == 3 && parts[0].equals("orgs") ? parts[1] : "";
    String json =
        Arrays.stream(aliases.split(","))
            .filter(alias -> !alias.isBlank() && !alias.contains("/"))
            .map(alias -> "{\"alias\":\"" + alias + "\",\"enabled\":true}")
            .collect(Collectors.joining(",", "[", "]"));
    answer(exchange, 200, json);
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
