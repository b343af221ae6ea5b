package org.openneighbourhood.portal.configuration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only with a configuration the start-up check would accept. */
@Readiness
@ApplicationScoped
public class ConfigurationReadiness implements HealthCheck {

  @Inject Config config;

  @Override
  public HealthCheckResponse call() {
    List<String> problems = ConfigurationCheck.problems(setting -> setting.lookup(config));
    return HealthCheckResponse.named("portal-web-configuration")
        .status(problems.isEmpty())
        .withData("problems", problems.size())
        .build();
  }
}
