package org.openneighbourhood.api.configuration.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OffsetFileClockTest {

  @TempDir Path dir;

  @Test
  void aMovedClockIsSeenAtTheVeryNextReading() throws IOException {
    Path file = dir.resolve("clock-offset-seconds");
    OffsetFileClock clock = new OffsetFileClock(file);
    assertNear(Instant.now(), clock.instant(), "no file: no offset");

    Files.writeString(file, "172800");
    assertNear(Instant.now().plus(Duration.ofDays(2)), clock.instant(), "two days ahead");

    // Put back, and read at once: a test sends a referral right after putting the clock back.
    Files.writeString(file, "0");
    assertNear(Instant.now(), clock.instant(), "back, with no wait");

    Files.writeString(file, "");
    assertNear(Instant.now(), clock.instant(), "an empty file: no offset");
    Files.writeString(file, "soon");
    assertNear(Instant.now(), clock.instant(), "not a number: no offset");
  }

  private static void assertNear(Instant expected, Instant actual, String why) {
    assertTrue(
        Duration.between(expected, actual).abs().compareTo(Duration.ofSeconds(5)) < 0,
        () -> why + ": expected about " + expected + ", was " + actual);
  }
}
