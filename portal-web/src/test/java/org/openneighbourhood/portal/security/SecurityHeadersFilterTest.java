package org.openneighbourhood.portal.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

  @Test
  void formsMayPostOnlyToUsAndTheIdentityProvider() {
    String policy = SecurityHeadersFilter.contentSecurityPolicy("http://localhost:8180");
    assertTrue(policy.contains("form-action 'self' http://localhost:8180;"));
    assertTrue(policy.contains("script-src 'self';"));
    assertTrue(policy.contains("frame-ancestors 'none'"));
    assertFalse(policy.contains("unsafe-inline"));
  }

  @Test
  void onlyStylesScriptsAndImagesMayBeCached() {
    assertTrue(SecurityHeadersFilter.isStatic("/assets/images/favicon.svg"));
    assertTrue(SecurityHeadersFilter.isStatic("/static/nhsuk-frontend.min.css"));
    assertFalse(SecurityHeadersFilter.isStatic("/people/person.xhtml"));
  }
}
