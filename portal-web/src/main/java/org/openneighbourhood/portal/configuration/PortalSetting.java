package org.openneighbourhood.portal.configuration;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Every configuration key the portal reads, in one place. Defaults for the local run live in
 * META-INF/microprofile-config.properties; environment variables override them (PORTAL_API_URL
 * reaches portal.api-url).
 */
public enum PortalSetting {
  API_URL("portal.api-url", Kind.HTTP_URL),
  OIDC_PROVIDER_URI("portal.oidc.provider-uri", Kind.HTTP_URL),
  OIDC_CLIENT_ID("portal.oidc.client-id", Kind.TEXT),
  OIDC_CLIENT_SECRET("portal.oidc.client-secret", Kind.SECRET),
  /** The bearer token a metrics scraper presents for Payara's /metrics; unset: no /metrics. */
  METRICS_TOKEN("portal.metrics-token", Kind.OPTIONAL_TOKEN);

  /** How a value is checked. Secrets are never echoed back in messages. */
  public enum Kind {
    TEXT,
    SECRET,
    HTTP_URL,
    /** May be unset; when set, long enough that it cannot be guessed. */
    OPTIONAL_TOKEN
  }

  /** The shortest token accepted: 128 bits written in hexadecimal. */
  public static final int SHORTEST_TOKEN = 32;

  private final String key;
  private final Kind kind;

  PortalSetting(String key, Kind kind) {
    this.key = key;
    this.kind = kind;
  }

  public String key() {
    return key;
  }

  public Kind kind() {
    return kind;
  }

  public Optional<String> lookup(Config config) {
    return config.getOptionalValue(key, String.class);
  }

  /** Reads a value the start-up check has already accepted. */
  public String read(Config config) {
    return lookup(config)
        .map(String::strip)
        .orElseThrow(() -> new IllegalStateException("Missing configuration " + key));
  }
}
