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
 *
 * <p>Those waiting are counted as everyone admitted less the places: a request given a place back
 * but not yet running (on a busy machine its thread may wait a while for a core) still counts as
 * waiting, not as one more. Counted from the semaphore's own queue instead, those threads were
 * counted twice, and 50 clients against 32 places and 32 waiting were turned away by the thousand
 * on 2 cores (deployment/BENCHMARK.md).
 */
public final class Admission {

  private final Semaphore places;
  private final int mostAdmitted;
  private final long waitNanos;
  private final AtomicInteger admitted = new AtomicInteger();
  private final AtomicLong turnedAway = new AtomicLong();

  public Admission(int inProgress, Duration wait) {
    if (inProgress < 1 || wait.isNegative()) {
      throw new IllegalArgumentException("At least one place, and no negative wait");
    }
    this.places = new Semaphore(inProgress, true);
    this.mostAdmitted = 2 * inProgress;
    this.waitNanos = wait.toNanos();
  }

  /**
   * Takes a place, waiting at most the configured time for one when others already wait; false when
   * none came free or too many wait already (the request is turned away and counted). A place taken
   * must be given back with {@link #leave}.
   */
  public boolean enter() throws InterruptedException {
    if (admitted.incrementAndGet() > mostAdmitted) {
      admitted.decrementAndGet();
      turnedAway.incrementAndGet();
      return false;
    }
    boolean entered = false;
    try {
      entered = places.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
    } finally {
      if (!entered) {
        admitted.decrementAndGet();
      }
    }
    if (!entered) {
      turnedAway.incrementAndGet();
    }
    return entered;
  }

  public void leave() {
    places.release();
    admitted.decrementAndGet();
  }

  /** Requests turned away since the last call: for a log line now and then, not one per request. */
  public long turnedAwaySinceLastAsked() {
    return turnedAway.getAndSet(0);
  }
}
