package org.openneighbourhood.api.overload.control;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many requests may be in progress at once, and how long one more may wait for a place before
 * it is turned away. Places are given in the order requests asked for them.
 */
public final class Admission {

  private final Semaphore places;
  private final long waitNanos;
  private final AtomicLong turnedAway = new AtomicLong();

  public Admission(int inProgress, Duration wait) {
    if (inProgress < 1 || wait.isNegative()) {
      throw new IllegalArgumentException("At least one place, and no negative wait");
    }
    this.places = new Semaphore(inProgress, true);
    this.waitNanos = wait.toNanos();
  }

  /**
   * Takes a place, waiting at most the configured time for one; false when none came free (the
   * request is turned away and counted). A place taken must be given back with {@link #leave}.
   */
  public boolean enter() throws InterruptedException {
    if (places.tryAcquire(waitNanos, TimeUnit.NANOSECONDS)) {
      return true;
    }
    turnedAway.incrementAndGet();
    return false;
  }

  public void leave() {
    places.release();
  }

  /** Requests turned away since the last call: for a log line now and then, not one per request. */
  public long turnedAwaySinceLastAsked() {
    return turnedAway.getAndSet(0);
  }
}
