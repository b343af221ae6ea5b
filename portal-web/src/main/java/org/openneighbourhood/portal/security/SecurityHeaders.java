package org.openneighbourhood.portal.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The response headers that keep the portal safe in the browser, in one place for both writers: the
 * filter (every page, asset and error page) and the sign-in mechanism's decorator (the redirects to
 * Keycloak, which the container sends before any filter runs).
 */
public final class SecurityHeaders {

  /** One year, the minimum the HSTS preload list accepts; includes the portal's subdomains. */
  static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

  /** Browser features no page of the portal uses, switched off for us and anything we embed. */
  static final String PERMISSIONS_POLICY =
      "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

  private SecurityHeaders() {}

  /**
   * @param cacheable true only for static assets (styles, scripts, images) that hold no personal
   *     data; everything else, error pages included, is never stored by the browser or a proxy
   * @param providerOrigin Keycloak's origin, where the sign-in and sign-out forms may go; blank if
   *     unknown
   */
  static Map<String, String> of(boolean cacheable, String providerOrigin) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Security-Policy", contentSecurityPolicy(providerOrigin));
    // Browsers ignore it over plain http; behind a TLS-terminating proxy the request looks like
    // http here, so it is sent whatever the scheme.
    headers.put("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Referrer-Policy", "no-referrer");
    headers.put("X-Frame-Options", "DENY");
    headers.put("Permissions-Policy", PERMISSIONS_POLICY);
    headers.put("Cross-Origin-Opener-Policy", "same-origin");
    if (!cacheable) {
      // Pages carry personal data: never keep them in a shared or back-button cache.
      headers.put("Cache-Control", "no-store");
      headers.put("Pragma", "no-cache");
    }
    return headers;
  }

  static void write(
      HttpServletRequest request, HttpServletResponse response, String providerOrigin) {
    boolean cacheable =
        request.getDispatcherType() != DispatcherType.ERROR
            && isStatic(request.getRequestURI().substring(request.getContextPath().length()));
    of(cacheable, providerOrigin).forEach(response::setHeader);
  }

  /**
   * No inline script or style (the pages use none; the NHS.UK script is a module from our own
   * origin). Forms may post to us and, for sign-in and sign-out, to Keycloak: Chromium applies
   * form-action to the redirects that follow a form post too.
   */
  static String contentSecurityPolicy(String providerOrigin) {
    String formAction = providerOrigin.isBlank() ? "'self'" : "'self' " + providerOrigin;
    return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "form-action "
        + formAction
        + "; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
  }

  /** Styles, scripts and images: the same for everyone, so browsers may cache them. */
  static boolean isStatic(String path) {
    return path.startsWith("/assets/") || path.startsWith("/static/");
  }
}
