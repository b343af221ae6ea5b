package org.openneighbourhood.deployment.stack;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting for something the stack does in the background (scheduled work, e-mail). */
public final class Wait {

  private static final Duration LONGEST = Duration.ofSeconds(60);

  private Wait() {}

  /** Polls until {@code condition} holds; fails the test after a minute, naming {@code what}. */
  public static void until(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + LONGEST.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Not within " + LONGEST.toSeconds() + " s: " + what);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
