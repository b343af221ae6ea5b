package org.openneighbourhood.api.overload.control;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many requests may be in progress at once, how many more may wait for a place, and for how
 * long, before one is turned away. Places are given in the order requests asked for them. A request
 * that finds as many already waiting as are in progress is turned away at once: waiting longer than
 * the work ahead of it takes would only hold a thread, and the client, for nothing.
 */
public final class Admission {

  private final Semaphore places;
  private final int mostWaiting;
  private final long waitNanos;
  private final AtomicInteger waiting = new AtomicInteger();
  private final AtomicLong turnedAway = new AtomicLong();

  public Admission(int inProgress, Duration wait) {
    if (inProgress < 1 || wait.isNegative()) {
      throw new IllegalArgumentException("At least one place, and no negative wait");
    }
    this.places = new Semaphore(inProgress, true);
    this.mostWaiting = inProgress;
    this.waitNanos = wait.toNanos();
  }

  /**
   * Takes a place, waiting at most the configured time for one when others already wait; false when
   * none came free or too many wait already (the request is turned away and counted). A place taken
   * must be given back with {@link #leave}.
   */
  public boolean enter() throws InterruptedException {
    if (places.tryAcquire(0, TimeUnit.NANOSECONDS)) {
      return true;
    }
    if (waiting.incrementAndGet() > mostWaiting) {
      waiting.decrementAndGet();
      turnedAway.incrementAndGet();
      return false;
    }
    try {
      if (places.tryAcquire(waitNanos, TimeUnit.NANOSECONDS)) {
        return true;
      }
    } finally {
      waiting.decrementAndGet();
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
