package org.openneighbourhood.api.configuration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/** The one place settings are read for injection: each {@link Setting} with its own default. */
@ApplicationScoped
public class ConfiguredValues {

  @Inject Config config;

  @Produces
  @Configured(Setting.DB_URL)
  int wholeNumber(InjectionPoint at) {
    return setting(at).wholeNumber(config);
  }

  @Produces
  @Configured(Setting.DB_URL)
  boolean flag(InjectionPoint at) {
    return setting(at).isEnabled(config);
  }

  /** A setting that has a value, configured or by default. */
  @Produces
  @Configured(Setting.DB_URL)
  String text(InjectionPoint at) {
    Setting setting = setting(at);
    return setting
        .value(config)
        .orElseThrow(() -> new IllegalStateException(setting.key() + " is not set"));
  }

  @Produces
  @Configured(Setting.DB_URL)
  Optional<String> optional(InjectionPoint at) {
    return setting(at).value(config).filter(value -> !value.isEmpty());
  }

  private static Setting setting(InjectionPoint at) {
    return at.getQualifiers().stream()
        .filter(Configured.class::isInstance)
        .map(qualifier -> ((Configured) qualifier).value())
        .findFirst()
        .orElseThrow();
  }
}
