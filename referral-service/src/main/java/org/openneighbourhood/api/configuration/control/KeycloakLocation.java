package org.openneighbourhood.api.configuration.control;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * Where the API reaches Keycloak: the realm comes from the token issuer ({@code
 * .../realms/<realm>}); the server from {@code keycloak.url} when set (Keycloak's address inside
 * the cluster), else from the issuer itself.
 */
public record KeycloakLocation(URI server, String realm) {

  private static final Pattern ISSUER = Pattern.compile("^(https?://.+?)/realms/([^/]+)/?$");

  public static KeycloakLocation of(Config config) {
    return of(Setting.JWT_ISSUER.lookup(config), Setting.KEYCLOAK_URL.lookup(config))
        .orElseThrow(
            () ->
                new IllegalStateException(
                    Setting.JWT_ISSUER.key() + " is not a Keycloak realm URL"));
  }

  /** Empty when the issuer is not a Keycloak realm URL or keycloak.url is not a URL. */
  public static Optional<KeycloakLocation> of(Optional<String> issuer, Optional<String> server) {
    Matcher matcher = ISSUER.matcher(issuer.map(String::strip).orElse(""));
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String base = server.map(String::strip).filter(s -> !s.isEmpty()).orElse(matcher.group(1));
    if (!base.matches("^https?://[^/\\s]+.*")) {
      return Optional.empty();
    }
    return Optional.of(
        new KeycloakLocation(URI.create(base.replaceAll("/+$", "")), matcher.group(2)));
  }

  public URI realmUri() {
    return URI.create(server + "/realms/" + realm);
  }

  public URI adminUri() {
    return URI.create(server + "/admin/realms/" + realm);
  }
}
