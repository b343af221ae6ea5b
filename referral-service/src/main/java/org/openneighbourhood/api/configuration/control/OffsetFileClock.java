package org.openneighbourhood.api.configuration.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A UTC clock that runs ahead of the system clock by the whole seconds written in a file (none, or
 * no file, is 0). The file is read again at most every 100 milliseconds, so every instance that
 * shares it moves together.
 */
public final class OffsetFileClock extends Clock {

  private static final long REREAD_NANOS = Duration.ofMillis(100).toNanos();

  private final Path file;
  private volatile long offsetSeconds;
  private volatile long readAt = Long.MIN_VALUE;

  public OffsetFileClock(Path file) {
    this.file = file;
  }

  @Override
  public Instant instant() {
    return Instant.now().plusSeconds(offset());
  }

  private long offset() {
    long now = System.nanoTime();
    if (readAt == Long.MIN_VALUE || now - readAt > REREAD_NANOS) {
      offsetSeconds = read();
      readAt = now;
    }
    return offsetSeconds;
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
