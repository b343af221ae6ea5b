package org.openneighbourhood.api.configuration.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A UTC clock that runs ahead of the system clock by the whole seconds written in a file (none, or
 * no file, is 0). The file is read at every reading of the clock, so the first time stamped after a
 * test moved it is already moved, on every instance that shares the file. It was read at most every
 * 100 ms: a referral sent just after a test put the clock back was stamped days ahead, after the
 * events that followed it. Tests and demos only, where a read of a small file costs nothing that
 * matters.
 */
public final class OffsetFileClock extends Clock {

  private final Path file;

  public OffsetFileClock(Path file) {
    this.file = file;
  }

  @Override
  public Instant instant() {
    return Instant.now().plusSeconds(read());
  }

  private long read() {
    try {
      String text = Files.readString(file).strip();
      return text.isEmpty() ? 0 : Long.parseLong(text);
    } catch (IOException | NumberFormatException unreadable) {
      return 0;
    }
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("The portal's clock is always UTC");
  }
}
