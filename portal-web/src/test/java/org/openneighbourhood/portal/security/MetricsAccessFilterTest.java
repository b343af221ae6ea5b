package org.openneighbourhood.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.portal.security.MetricsAccessFilter.Decision;

class MetricsAccessFilterTest {

  private static final Optional<String> TOKEN = Optional.of("0123456789abcdef0123456789abcdef");

  @Test
  void theScraperWithTheTokenReadsTheMetrics() {
    assertEquals(
        Decision.READ,
        MetricsAccessFilter.decide(TOKEN, "Bearer 0123456789abcdef0123456789abcdef"));
  }

  @Test
  void anyoneElseIsUnauthorized() {
    assertEquals(Decision.UNAUTHORIZED, MetricsAccessFilter.decide(TOKEN, null));
    assertEquals(Decision.UNAUTHORIZED, MetricsAccessFilter.decide(TOKEN, "Bearer "));
    assertEquals(
        Decision.UNAUTHORIZED,
        MetricsAccessFilter.decide(TOKEN, "Bearer 0123456789abcdef0123456789abcdee"));
    assertEquals(
        Decision.UNAUTHORIZED,
        MetricsAccessFilter.decide(TOKEN, "Basic 0123456789abcdef0123456789abcdef"));
    assertEquals(
        Decision.UNAUTHORIZED,
        MetricsAccessFilter.decide(TOKEN, "Bearer 0123456789abcdef0123456789abcdef0"));
  }

  @Test
  void withNoTokenConfiguredTheMetricsAreNotThere() {
    assertEquals(
        Decision.NOT_THERE, MetricsAccessFilter.decide(Optional.empty(), "Bearer anything"));
    assertEquals(Decision.NOT_THERE, MetricsAccessFilter.decide(Optional.of("  "), "Bearer   "));
  }
}
