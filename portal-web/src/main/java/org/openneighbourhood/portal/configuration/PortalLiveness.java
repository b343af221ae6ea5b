package org.openneighbourhood.portal.configuration;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** The portal holds no resources that can wedge; answering at all means it is alive. */
@Liveness
@ApplicationScoped
public class PortalLiveness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.up("portal-web");
  }
}
