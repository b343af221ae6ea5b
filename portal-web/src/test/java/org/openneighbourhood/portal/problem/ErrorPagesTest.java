package org.openneighbourhood.portal.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
  @CsvSource({"500", "502", "503"})
  void anyOtherStatusShowsTheProblemPage(int status) {
    assertEquals("/error/problem.xhtml", ErrorPages.viewFor(status));
  }
}
