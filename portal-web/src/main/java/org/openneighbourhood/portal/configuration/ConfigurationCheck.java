package org.openneighbourhood.portal.configuration;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides whether the configuration can run the portal. Each problem names the key and says why,
 * because an operator reading a failed deployment log has nothing else to go on.
 */
public final class ConfigurationCheck {

  private ConfigurationCheck() {}

  public static List<String> problems(Function<PortalSetting, Optional<String>> values) {
    List<String> problems = new ArrayList<>();
    for (PortalSetting setting : PortalSetting.values()) {
      Optional<String> value = values.apply(setting).map(String::strip);
      if (setting.kind() == PortalSetting.Kind.OPTIONAL_TOKEN) {
        if (value.isPresent()
            && !value.get().isEmpty()
            && value.get().length() < PortalSetting.SHORTEST_TOKEN) {
          problems.add(
              setting.key()
                  + " is too short to be a secret: use at least "
                  + PortalSetting.SHORTEST_TOKEN
                  + " random characters");
        }
        continue;
      }
      if (value.isEmpty() || value.get().isEmpty()) {
        problems.add(setting.key() + " is missing or blank");
        continue;
      }
      if (setting.kind() == PortalSetting.Kind.HTTP_URL && !isHttpUrl(value.get())) {
        problems.add(setting.key() + " must be an http or https URL, but is '" + value.get() + "'");
      }
    }
    return problems;
  }

  static boolean isHttpUrl(String value) {
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme();
      return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
          && uri.getHost() != null
          && !uri.getHost().isBlank();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
