package org.openneighbourhood.api.overload.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.overload.control.Admission;

/** The filter with a servlet request and response of its own: what a turned-away client sees. */
class SheddingTest {

  /** What the filter did to a response. */
  static final class Answer {
    int status = 200;
    final Map<String, String> headers = new HashMap<>();
    String contentType;
    final StringWriter body = new StringWriter();

    HttpServletResponse response() {
      return (HttpServletResponse)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {HttpServletResponse.class},
              (proxy, method, args) ->
                  switch (method.getName()) {
                    case "setStatus" -> {
                      status = (Integer) args[0];
                      yield null;
                    }
                    case "setHeader" -> {
                      headers.put((String) args[0], (String) args[1]);
                      yield null;
                    }
                    case "setContentType" -> {
                      contentType = (String) args[0];
                      yield null;
                    }
                    case "getWriter" -> new PrintWriter(body, true);
                    default -> null;
                  });
    }
  }

  private static HttpServletRequest request(String uri) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            SheddingTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getRequestURI" -> uri;
                  // as the container has it for the FHIR servlet's /fhir/* mapping
                  case "getServletPath" -> uri.startsWith("/api/fhir/") ? "/fhir" : "";
                  default -> null;
                });
  }

  @Test
  void beyondItsPlacesARequestIsAnsweredOverloadedAtOnceAndReachesNothing() throws Exception {
    Shedding shedding = new Shedding();
    shedding.use(new Admission(1, Duration.ofMillis(20)));
    CountDownLatch working = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    FilterChain slow =
        (request, response) -> {
          working.countDown();
          try {
            finish.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        };
    ExecutorService first = Executors.newSingleThreadExecutor();
    try {
      Future<?> inProgress =
          first.submit(
              () -> {
                shedding.doFilter(request("/api/referrals"), new Answer().response(), slow);
                return null;
              });
      assertTrue(working.await(5, TimeUnit.SECONDS));

      Answer turnedAway = new Answer();
      boolean[] reached = {false};
      shedding.doFilter(
          request("/api/referrals/inbox"),
          turnedAway.response(),
          (request, response) -> reached[0] = true);
      assertEquals(503, turnedAway.status);
      assertEquals("application/problem+json", turnedAway.contentType);
      assertEquals("5", turnedAway.headers.get("Retry-After"));
      assertEquals("no-store", turnedAway.headers.get("Cache-Control"));
      assertTrue(
          turnedAway.body.toString().contains("urn:neighbourhood:problem:overloaded"),
          turnedAway.body.toString());
      assertEquals(false, reached[0], "the turned-away request reached no resource");

      Answer fhir = new Answer();
      shedding.doFilter(
          request("/api/fhir/ServiceRequest"),
          fhir.response(),
          (request, response) -> reached[0] = true);
      assertEquals(503, fhir.status);
      assertEquals("application/fhir+json", fhir.contentType);
      assertEquals("5", fhir.headers.get("Retry-After"));
      assertTrue(
          fhir.body.toString().contains("\"resourceType\":\"OperationOutcome\"")
              && fhir.body.toString().contains("\"code\":\"throttled\""),
          fhir.body.toString());
      assertEquals(false, reached[0], "nor does a turned-away FHIR request");

      Answer signOut = new Answer();
      boolean[] delivered = {false};
      shedding.doFilter(
          request("/api/sessions/backchannel-logout"),
          signOut.response(),
          (request, response) -> delivered[0] = true);
      assertTrue(delivered[0], "Keycloak's sign-out notice is never turned away");

      finish.countDown();
      inProgress.get(5, TimeUnit.SECONDS);
      Answer after = new Answer();
      boolean[] served = {false};
      shedding.doFilter(
          request("/api/referrals/inbox"),
          after.response(),
          (request, response) -> served[0] = true);
      assertTrue(served[0], "a place given back serves the next request");
      assertEquals(200, after.status);
    } finally {
      finish.countDown();
      first.shutdownNow();
    }
  }
}
