package org.openneighbourhood.portal.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorPagesTest {

  @ParameterizedTest
  @CsvSource({
    "403, 403, /error/forbidden.xhtml",
    "404, 404, /error/not-found.xhtml",
    "400, 404, /error/not-found.xhtml",
    "409, 500, /error/problem.xhtml",
    "422, 500, /error/problem.xhtml"
  })
  void anApiRefusalNoPageHandledShowsTheMatchingErrorPage(int api, int status, String view) {
    assertEquals(status, FriendlyExceptionHandler.pageStatus(api));
    assertEquals(view, ErrorPages.viewFor(status));
  }

  @ParameterizedTest
  @CsvSource({"500", "502", "504"})
  void anyOtherStatusShowsTheProblemPage(int status) {
    assertEquals("/error/problem.xhtml", ErrorPages.viewFor(status));
  }

  @Test
  void anOutageShowsTheUnavailablePage() {
    assertEquals("/error/unavailable.xhtml", ErrorPages.viewFor(503));
  }

  /** A response that has only headers. */
  private static HttpServletResponse responseWith(Map<String, List<String>> headers) {
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            ErrorPagesTest.class.getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getHeaderNames" -> new ArrayList<>(headers.keySet());
                  case "getHeaders" -> headers.getOrDefault((String) args[0], List.of());
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  @Test
  void theErrorPageKeepsTheSecurityHeadersAndCookiesButNotTheFailedPagesBody() {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Cache-Control", List.of("no-store"));
    headers.put("Content-Security-Policy", List.of("default-src 'self'"));
    headers.put("Set-Cookie", List.of("JSESSIONID=a; Secure; HttpOnly; SameSite=Lax", "other=b"));
    headers.put("Content-Type", List.of("text/html"));
    headers.put("Content-Length", List.of("12"));
    headers.put("Location", List.of("/elsewhere"));

    Map<String, List<String>> kept = ErrorPages.headersToKeep(responseWith(headers));

    assertEquals(
        List.of("Cache-Control", "Content-Security-Policy", "Set-Cookie"),
        List.copyOf(kept.keySet()));
    assertEquals(2, kept.get("Set-Cookie").size());
  }
}
