package org.openneighbourhood.deployment.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.deployment.stack.SecondLane;

/**
 * The real HAProxy with the configuration the local run uses, in front of a stand-in for a Payara
 * instance (a JDK HTTP server answering the way Payara's web server does): what clients see while
 * no instance is up, and which headers every answer leaves with. Needs HAProxy installed, as the CI
 * run does.
 */
@Tag("resilience")
@SecondLane
class LoadBalancerIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private Path workDir;
  private int instancePort;
  private LoadBalancer balancer;
  private HttpServer instance;

  @BeforeEach
  void startTheBalancerWithItsInstanceDown() throws IOException {
    workDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "load-balancer-");
    instancePort = Ports.free();
    balancer =
        LoadBalancer.start(workDir, Ports.free(), List.of(instancePort), Duration.ofSeconds(30));
  }

  @AfterEach
  void stopAll() {
    if (instance != null) {
      instance.stop(0);
    }
    balancer.close();
    Directories.delete(workDir);
  }

  @Test
  void whileNoInstanceIsUpTheApiAnswers503ProblemAndThePortalAPage() {
    HttpResponse<String> api = get("/api/referrals/inbox");
    assertEquals(503, api.statusCode(), api.body());
    assertEquals("application/problem+json", header(api, "Content-Type"));
    assertTrue(
        api.body().contains("\"type\":\"urn:neighbourhood:problem:service-unavailable\""),
        api.body());
    assertEquals(Integer.toString(LoadBalancer.RETRY_AFTER_SECONDS), header(api, "Retry-After"));
    assertSafetyHeaders(api, "default-src 'none'; frame-ancestors 'none'");

    HttpResponse<String> page = get("/people/find.xhtml");
    assertEquals(503, page.statusCode(), page.body());
    assertTrue(header(page, "Content-Type").startsWith("text/html"), page.headers().toString());
    assertTrue(page.body().contains("<h1>Sorry, the service is unavailable</h1>"), page.body());
    assertTrue(page.body().contains("<html lang=\"en-GB\">"), page.body());
    assertEquals(Integer.toString(LoadBalancer.RETRY_AFTER_SECONDS), header(page, "Retry-After"));
    assertSafetyHeaders(page, "default-src 'none'; frame-ancestors 'none'");
  }

  @Test
  void theWebServersBareErrorsLeaveWithTheSafetyHeadersAndTheApplicationsOwnAreKept()
      throws IOException {
    startTheInstance();
    awaitRouted("/api/services/%00");

    // Payara's web server refuses a malformed path itself, with no header of ours.
    HttpResponse<String> bare = get("/api/services/%00");
    assertEquals(400, bare.statusCode());
    assertSafetyHeaders(bare, "default-src 'none'; frame-ancestors 'none'");
    assertEquals("no-store", header(bare, "Cache-Control"));

    // A page keeps the policy and caching the portal chose; the rest is set all the same.
    HttpResponse<String> page = get("/people/find.xhtml");
    assertEquals(200, page.statusCode());
    assertSafetyHeaders(page, "default-src 'self'");
    assertEquals("no-store", header(page, "Cache-Control"));

    // A style sheet stays cacheable.
    HttpResponse<String> asset = get("/static/portal.css");
    assertEquals(200, asset.statusCode());
    assertEquals("", header(asset, "Cache-Control"));
    assertEquals("nosniff", header(asset, "X-Content-Type-Options"));
  }

  /** Answers as Payara does: the readiness check, a bare 400, a page with headers, an asset. */
  private void startTheInstance() throws IOException {
    instance = HttpServer.create(new InetSocketAddress("127.0.0.1", instancePort), 0);
    instance.createContext("/health/ready", e -> answer(e, 200, Map.of(), "{\"status\":\"UP\"}"));
    instance.createContext(
        "/api/services/", e -> answer(e, 400, Map.of("X-Frame-Options", "SAMEORIGIN"), ""));
    instance.createContext(
        "/people/",
        e ->
            answer(
                e,
                200,
                Map.of(
                    "Content-Security-Policy", "default-src 'self'", "Cache-Control", "no-store"),
                "<p>page</p>"));
    instance.createContext(
        "/static/", e -> answer(e, 200, Map.of("Content-Type", "text/css"), "p {}"));
    instance.start();
  }

  private static void answer(
      HttpExchange exchange, int status, Map<String, String> headers, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
  }

  /** The balancer checks its instance every second: wait until it sends traffic there. */
  private void awaitRouted(String path) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (get(path).statusCode() == 503) {
      assertTrue(System.nanoTime() < deadline, "the balancer never took the instance in");
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static void assertSafetyHeaders(HttpResponse<String> answer, String policy) {
    String what = answer.uri().getPath() + " " + answer.statusCode();
    assertEquals(policy, header(answer, "Content-Security-Policy"), what);
    assertEquals(
        "max-age=31536000; includeSubDomains", header(answer, "Strict-Transport-Security"), what);
    assertEquals("nosniff", header(answer, "X-Content-Type-Options"), what);
    assertEquals("DENY", header(answer, "X-Frame-Options"), what);
    assertEquals("no-referrer", header(answer, "Referrer-Policy"), what);
    assertEquals(1, answer.headers().allValues("X-Frame-Options").size(), what);
  }

  private static String header(HttpResponse<String> response, String name) {
    return response.headers().firstValue(name).orElse("");
  }

  private HttpResponse<String> get(String path) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create(balancer.url() + path)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
