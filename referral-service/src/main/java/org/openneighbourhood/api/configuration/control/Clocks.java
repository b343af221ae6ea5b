package org.openneighbourhood.api.configuration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The clock use cases stamp times with; UTC, so instants read the same everywhere. */
@ApplicationScoped
public class Clocks {

  @Produces
  Clock clock() {
    return Clock.systemUTC();
  }
}
