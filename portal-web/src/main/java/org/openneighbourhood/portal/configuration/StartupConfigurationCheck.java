package org.openneighbourhood.portal.configuration;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Fails the deployment when the configuration is bad, so it never serves half-working pages. */
@WebListener
public class StartupConfigurationCheck implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(StartupConfigurationCheck.class.getName());

  @Override
  public void contextInitialized(ServletContextEvent event) {
    Config config = ConfigProvider.getConfig(event.getServletContext().getClassLoader());
    List<String> problems = ConfigurationCheck.problems(setting -> setting.lookup(config));
    if (!problems.isEmpty()) {
      String message = "portal-web refuses to start: " + String.join("; ", problems);
      LOG.severe(message);
      throw new IllegalStateException(message);
    }
  }
}
