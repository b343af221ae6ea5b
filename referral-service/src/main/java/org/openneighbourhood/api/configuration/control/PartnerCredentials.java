package org.openneighbourhood.api.configuration.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How the portal proves who it is to each partner system it posts BaRS messages to, per
 * organisation alias: an OAuth2 client-credentials token fetched from the partner's token URL
 * ({@code bars.token-urls}, with {@code <client id>:<client secret>} in {@code bars.credentials}),
 * or a static bearer token or API key ({@code bars.credentials} alone, sent as {@code
 * Authorization: Bearer}). An organisation in neither is called without credentials. The secrets
 * never appear in a message or a {@code toString}: a start-up problem names the organisation only.
 */
public final class PartnerCredentials {

  /** What one partner's endpoint takes. */
  public sealed interface Credential permits ClientCredentials, StaticToken {}

  /** An OAuth2 client-credentials grant at the partner's token URL. */
  public record ClientCredentials(URI tokenUrl, String clientId, String clientSecret)
      implements Credential {
    @Override
    public String toString() {
      return "ClientCredentials[" + tokenUrl + ", " + clientId + "]";
    }
  }

  /** A bearer token or API key the partner issued, sent as it is. */
  public record StaticToken(String token) implements Credential {
    @Override
    public String toString() {
      return "StaticToken[***]";
    }
  }

  private final Map<String, Credential> byOrganisation;

  private PartnerCredentials(Map<String, Credential> byOrganisation) {
    this.byOrganisation = Map.copyOf(byOrganisation);
  }

  /**
   * @param tokenUrls {@code bars.token-urls}: {@code alias=<http(s) token URL>}, comma separated
   * @param credentials {@code bars.credentials}: {@code alias=<secret>}, comma separated
   * @param endpoints {@code bars.endpoints}, parsed: every alias named here must be there
   * @throws IllegalArgumentException saying which key and organisation is wrong, never a secret
   */
  public static PartnerCredentials parse(
      String tokenUrls, String credentials, PartnerEndpoints endpoints) {
    Map<String, String> urls = pairs(tokenUrls, Setting.BARS_TOKEN_URLS);
    Map<String, String> secrets = pairs(credentials, Setting.BARS_CREDENTIALS);
    Map<String, Credential> byOrganisation = new LinkedHashMap<>();
    for (Map.Entry<String, String> url : urls.entrySet()) {
      String alias = url.getKey();
      String secret = secrets.get(alias);
      int colon = secret == null ? -1 : secret.indexOf(':');
      if (colon < 1 || colon == secret.length() - 1) {
        throw new IllegalArgumentException(
            Setting.BARS_CREDENTIALS.key()
                + " must give "
                + alias
                + " (in "
                + Setting.BARS_TOKEN_URLS.key()
                + ") its <client id>:<client secret>");
      }
      byOrganisation.put(
          alias,
          new ClientCredentials(
              tokenUrl(alias, url.getValue()),
              secret.substring(0, colon),
              secret.substring(colon + 1)));
    }
    secrets.forEach((alias, secret) -> byOrganisation.putIfAbsent(alias, new StaticToken(secret)));
    for (String alias : byOrganisation.keySet()) {
      if (endpoints.of(alias).isEmpty()) {
        throw new IllegalArgumentException(
            "gives credentials for "
                + alias
                + ", which "
                + Setting.BARS_ENDPOINTS.key()
                + " names no endpoint for");
      }
    }
    return new PartnerCredentials(byOrganisation);
  }

  public Optional<Credential> of(String organisation) {
    return Optional.ofNullable(byOrganisation.get(organisation));
  }

  private static Map<String, String> pairs(String list, Setting setting) {
    Map<String, String> pairs = new LinkedHashMap<>();
    for (String entry : (list == null ? "" : list).split(",")) {
      if (entry.isBlank()) {
        continue;
      }
      int equals = entry.indexOf('=');
      String alias = equals < 0 ? "" : entry.substring(0, equals).strip();
      String value = equals < 0 ? "" : entry.substring(equals + 1).strip();
      if (!alias.matches("[a-z0-9][a-z0-9-]{1,62}") || value.isEmpty()) {
        throw new IllegalArgumentException(
            setting.key()
                + " must list organisation=value pairs separated by commas, each organisation by"
                + " its alias (lower-case letters, digits, -)");
      }
      if (pairs.put(alias, value) != null) {
        throw new IllegalArgumentException(setting.key() + " names " + alias + " twice");
      }
    }
    return pairs;
  }

  private static URI tokenUrl(String alias, String url) {
    try {
      URI uri = new URI(url);
      if (uri.getScheme() != null
          && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
          && uri.getHost() != null
          && uri.getFragment() == null) {
        return uri;
      }
    } catch (URISyntaxException notAUri) {
      // said below
    }
    throw new IllegalArgumentException(
        Setting.BARS_TOKEN_URLS.key() + " gives " + alias + " no http(s) URL of a token endpoint");
  }
}
