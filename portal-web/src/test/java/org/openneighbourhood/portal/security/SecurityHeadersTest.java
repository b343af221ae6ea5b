package org.openneighbourhood.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

  @Test
  void formsMayPostOnlyToUsAndTheIdentityProvider() {
    String policy = SecurityHeaders.contentSecurityPolicy("http://localhost:8180");
    assertTrue(policy.contains("form-action 'self' http://localhost:8180;"));
    assertTrue(policy.contains("script-src 'self';"));
    assertTrue(policy.contains("frame-ancestors 'none'"));
    assertFalse(policy.contains("unsafe-inline"));
  }

  @Test
  void withoutAKnownProviderFormsPostOnlyToUs() {
    assertTrue(SecurityHeaders.contentSecurityPolicy("").contains("form-action 'self';"));
  }

  @Test
  void onlyStylesScriptsAndImagesMayBeCached() {
    assertTrue(SecurityHeaders.isStatic("/assets/images/favicon.svg"));
    assertTrue(SecurityHeaders.isStatic("/static/nhsuk-frontend.min.css"));
    assertFalse(SecurityHeaders.isStatic("/people/person.xhtml"));
    assertFalse(SecurityHeaders.isStatic("/staticky.xhtml"));
  }

  @Test
  void pagesAreNeverStored() {
    Map<String, String> page = SecurityHeaders.of(false, "http://localhost:8180");
    assertEquals("no-store", page.get("Cache-Control"));
    Map<String, String> asset = SecurityHeaders.of(true, "http://localhost:8180");
    assertFalse(asset.containsKey("Cache-Control"));
  }

  @Test
  void everyResponseHasTheBrowserSafetyHeaders() {
    for (boolean cacheable : new boolean[] {true, false}) {
      Map<String, String> headers = SecurityHeaders.of(cacheable, "http://localhost:8180");
      assertEquals("max-age=31536000; includeSubDomains", headers.get("Strict-Transport-Security"));
      assertEquals("nosniff", headers.get("X-Content-Type-Options"));
      assertEquals("no-referrer", headers.get("Referrer-Policy"));
      assertEquals("DENY", headers.get("X-Frame-Options"));
      assertTrue(headers.get("Permissions-Policy").contains("camera=()"));
      assertTrue(headers.containsKey("Content-Security-Policy"));
    }
  }
}
