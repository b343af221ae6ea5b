package org.openneighbourhood.api.configuration.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.openneighbourhood.api.configuration.control.ConfigurationRules;

/**
 * Refuses to start with a configuration that cannot work, before anything touches the database: the
 * deployment fails with a message naming each bad key, instead of failing later and vaguely.
 */
@Startup
@Singleton
public class ConfigurationCheck {

  private static final Logger LOG = Logger.getLogger(ConfigurationCheck.class.getName());

  @Inject Config config;

  @PostConstruct
  void check() {
    List<String> problems = ConfigurationRules.problems(setting -> setting.lookup(config));
    if (!problems.isEmpty()) {
      String message = "referral-service refuses to start: " + String.join("; ", problems);
      LOG.severe(message);
      throw new IllegalStateException(message);
    }
  }
}
