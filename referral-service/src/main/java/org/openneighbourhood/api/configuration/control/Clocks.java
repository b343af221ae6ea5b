package org.openneighbourhood.api.configuration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The clock use cases and scheduled work stamp times with: UTC, so instants read the same
 * everywhere. With {@code clock.offset-file} set (tests and demos only), the clock runs ahead of
 * the system clock by the number of seconds in that file, so that deadlines can pass without
 * waiting for them.
 */
@ApplicationScoped
public class Clocks {

  private static final Logger LOG = Logger.getLogger(Clocks.class.getName());

  @Inject
  @Configured(Setting.CLOCK_OFFSET_FILE)
  Optional<String> offsetFile;

  private Clock clock;

  @Produces
  synchronized Clock clock() {
    if (clock == null) {
      if (offsetFile.filter(file -> !file.isBlank()).isPresent()) {
        LOG.warning(
            "clock.offset-file is set: the clock follows "
                + offsetFile.get()
                + " (for tests and demos; never set it in production)");
        clock = new OffsetFileClock(Path.of(offsetFile.get().strip()));
      } else {
        clock = Clock.systemUTC();
      }
    }
    return clock;
  }
}
