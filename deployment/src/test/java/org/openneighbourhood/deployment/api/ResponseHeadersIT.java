package org.openneighbourhood.deployment.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.stack.RunningStack;
import org.openneighbourhood.deployment.stack.Tokens;

/**
 * What every HTTP answer of the running server says about itself, for the API and for the portal's
 * answers that no browser journey sees: the redirects to Keycloak, error pages, static assets and
 * methods nobody should use. No server banner, the safety headers, no stack trace.
 */
@ExtendWith(RunningStack.class)
@Tag("access")
class ResponseHeadersIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private static LocalStack stack;
  private static Tokens tokens;

  @BeforeAll
  static void connect(LocalStack running) {
    stack = running;
    tokens = new Tokens(running);
  }

  private static HttpResponse<String> send(String method, String url, String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.noBody());
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String header(HttpResponse<String> response, String name) {
    return response.headers().firstValue(name).orElse("");
  }

  private static void assertNoBannerNorStackTrace(HttpResponse<String> response) {
    String what = response.request().method() + " " + response.uri();
    assertTrue(response.headers().firstValue("Server").isEmpty(), what + " names its server");
    assertTrue(response.headers().firstValue("X-Powered-By").isEmpty(), what + " X-Powered-By");
    String body = response.body();
    assertFalse(body.contains("Exception"), what + " shows an exception: " + body);
    assertFalse(body.matches("(?s).*\\sat [a-z]+\\.[a-zA-Z.$]+\\(.*"), what + " stack trace");
    assertFalse(body.contains("Payara"), what + " shows the server's own page: " + body);
  }

  @Test
  void apiAnswersAreNeverCachedSniffedOrFramedAndNameNoServer() {
    String api = stack.apiUrl();
    List<HttpResponse<String>> answers =
        List.of(
            send("GET", api + "/services", tokens.of("lina.link")),
            send("GET", api + "/services", null),
            send("GET", api + "/referrals/inbox", tokens.of("pat.person")),
            send("GET", api + "/no-such-thing", tokens.of("lina.link")),
            send("DELETE", api + "/services", tokens.of("lina.link")));
    assertEquals(
        List.of(200, 401, 403, 404, 405),
        answers.stream().map(HttpResponse::statusCode).toList(),
        "the statuses this test means to see");
    for (HttpResponse<String> answer : answers) {
      String what = answer.request().method() + " " + answer.uri();
      assertNoBannerNorStackTrace(answer);
      assertEquals("no-store", header(answer, "Cache-Control"), what);
      assertEquals("nosniff", header(answer, "X-Content-Type-Options"), what);
      assertEquals("DENY", header(answer, "X-Frame-Options"), what);
      assertTrue(header(answer, "Content-Security-Policy").contains("frame-ancestors 'none'"));
      if (answer.statusCode() >= 400) {
        assertTrue(header(answer, "Content-Type").startsWith("application/problem+json"), what);
      }
    }
  }

  @Test
  void portalAnswersThatNoJourneySeesCarryTheSafetyHeaders() {
    String portal = stack.portalUrl();
    List<HttpResponse<String>> answers =
        List.of(
            send("GET", portal + "/signin", null),
            send("GET", portal + "/people/find.xhtml", null),
            send("GET", portal + "/no-such-page.xhtml", null),
            send("GET", portal + "/WEB-INF/web.xml", null),
            send("PUT", portal + "/signout", null),
            send("GET", portal + "/static/portal.css", null),
            send("GET", portal + "/static/no-such.css", null));
    assertEquals(
        List.of(302, 302, 404, 403, 405, 200, 404),
        answers.stream().map(HttpResponse::statusCode).toList(),
        "the statuses this test means to see");
    for (HttpResponse<String> answer : answers) {
      String what = answer.request().method() + " " + answer.uri();
      assertNoBannerNorStackTrace(answer);
      String policy = header(answer, "Content-Security-Policy");
      assertTrue(policy.contains("script-src 'self'"), what + ": " + policy);
      assertFalse(policy.contains("unsafe-inline"), what + ": " + policy);
      assertTrue(policy.contains("frame-ancestors 'none'"), what + ": " + policy);
      assertEquals(
          "max-age=31536000; includeSubDomains", header(answer, "Strict-Transport-Security"), what);
      assertEquals("nosniff", header(answer, "X-Content-Type-Options"), what);
      assertEquals("no-referrer", header(answer, "Referrer-Policy"), what);
      assertEquals("DENY", header(answer, "X-Frame-Options"), what);
      boolean asset = answer.uri().getPath().startsWith("/static/") && answer.statusCode() == 200;
      assertEquals(asset ? "" : "no-store", header(answer, "Cache-Control"), what);
    }
  }

  @Test
  void payarasOwnEndpointsCarryTheSafetyHeadersAndTheMetricsAreForTheScraperOnly() {
    String server = stack.portalUrl();
    HttpResponse<String> health = send("GET", server + "/health/ready", null);
    HttpResponse<String> openApi = send("GET", server + "/openapi", null);
    HttpResponse<String> anonymousMetrics = send("GET", server + "/metrics", null);
    HttpResponse<String> wrongToken = send("GET", server + "/metrics", tokens.of("paula.platform"));
    HttpResponse<String> scraper = send("GET", server + "/metrics", stack.metricsToken());
    assertEquals(
        List.of(200, 200, 401, 401, 200),
        List.of(health, openApi, anonymousMetrics, wrongToken, scraper).stream()
            .map(HttpResponse::statusCode)
            .toList(),
        "the statuses this test means to see");
    assertEquals("Bearer realm=\"metrics\"", header(anonymousMetrics, "WWW-Authenticate"));
    assertFalse(anonymousMetrics.body().contains("# TYPE"), "no figure leaks with the refusal");
    assertTrue(scraper.body().contains("# TYPE"), "the scraper reads the figures");
    for (HttpResponse<String> answer :
        List.of(health, openApi, anonymousMetrics, wrongToken, scraper)) {
      String what = answer.request().method() + " " + answer.uri();
      assertTrue(answer.headers().firstValue("Server").isEmpty(), what + " names its server");
      assertEquals("no-store", header(answer, "Cache-Control"), what);
      assertEquals("nosniff", header(answer, "X-Content-Type-Options"), what);
      assertEquals("DENY", header(answer, "X-Frame-Options"), what);
      assertEquals("no-referrer", header(answer, "Referrer-Policy"), what);
      assertEquals(
          "max-age=31536000; includeSubDomains", header(answer, "Strict-Transport-Security"), what);
      assertTrue(
          header(answer, "Content-Security-Policy").contains("frame-ancestors 'none'"), what);
    }
  }

  @Test
  void sessionCookieIsSecureHttpOnlyAndLax() {
    HttpResponse<String> signIn = send("GET", stack.portalUrl() + "/signin", null);
    String cookie =
        signIn.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no session at sign-in: " + signIn.headers()));
    List<String> attributes =
        List.of(cookie.toLowerCase(Locale.ROOT).split(";")).stream().map(String::strip).toList();
    assertTrue(attributes.contains("secure"), cookie);
    assertTrue(attributes.contains("httponly"), cookie);
    assertTrue(attributes.contains("samesite=lax"), cookie);
    assertEquals(1, attributes.stream().filter(a -> a.startsWith("samesite")).count(), cookie);
  }
}
