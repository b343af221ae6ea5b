package org.openneighbourhood.api.configuration.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each partner organisation's own system takes BaRS messages ({@code bars.endpoints}): its
 * organisation's alias, {@code =}, and the http(s) base URL of its FHIR endpoint (the status
 * updates are posted to {@code <base>/$process-message}); several separated by commas. An
 * organisation not listed is sent nothing: its status updates wait in the outbox.
 */
public record PartnerEndpoints(Map<String, URI> byOrganisation) {

  public PartnerEndpoints {
    byOrganisation = Map.copyOf(byOrganisation);
  }

  /**
   * @throws IllegalArgumentException saying what is wrong with the list, for the start-up check
   */
  public static PartnerEndpoints parse(String list) {
    Map<String, URI> endpoints = new LinkedHashMap<>();
    for (String entry : list.split(",")) {
      if (entry.isBlank()) {
        continue;
      }
      int equals = entry.indexOf('=');
      String alias = equals < 0 ? "" : entry.substring(0, equals).strip();
      String url = equals < 0 ? "" : entry.substring(equals + 1).strip();
      if (!alias.matches("[a-z0-9][a-z0-9-]{1,62}")) {
        throw new IllegalArgumentException(
            "must list organisation=URL pairs separated by commas, each organisation by its alias"
                + " (lower-case letters, digits, -)");
      }
      if (endpoints.put(alias, url(alias, url)) != null) {
        throw new IllegalArgumentException("names " + alias + " twice");
      }
    }
    return new PartnerEndpoints(endpoints);
  }

  private static URI url(String alias, String url) {
    try {
      URI uri = new URI(url.replaceAll("/+$", ""));
      if (uri.getScheme() != null
          && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
          && uri.getHost() != null
          && uri.getQuery() == null
          && uri.getFragment() == null) {
        return uri;
      }
    } catch (URISyntaxException notAUri) {
      // said below
    }
    throw new IllegalArgumentException(
        "gives " + alias + " no http(s) URL of its FHIR endpoint (no query, no fragment)");
  }

  public Optional<URI> of(String organisation) {
    return Optional.ofNullable(byOrganisation.get(organisation));
  }
}
