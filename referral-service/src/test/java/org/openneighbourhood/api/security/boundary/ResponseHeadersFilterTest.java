package org.openneighbourhood.api.security.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResponseHeadersFilterTest {

  @Test
  void answersAreNeverCachedSniffedOrFramed() {
    assertEquals("no-store", ResponseHeadersFilter.HEADERS.get("Cache-Control"));
    assertEquals("nosniff", ResponseHeadersFilter.HEADERS.get("X-Content-Type-Options"));
    assertEquals("DENY", ResponseHeadersFilter.HEADERS.get("X-Frame-Options"));
    assertTrue(
        ResponseHeadersFilter.HEADERS
            .get("Content-Security-Policy")
            .contains("frame-ancestors 'none'"));
  }

  @Test
  void browsersAreToldToUseHttpsForAYear() {
    assertTrue(
        ResponseHeadersFilter.HEADERS
            .get("Strict-Transport-Security")
            .startsWith("max-age=31536000"));
  }
}
