package org.openneighbourhood.api.overload.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AdmissionTest {

  @Test
  void takesOnAsManyAsItHasPlacesAndTurnsTheNextAwayAfterItsWait() throws Exception {
    Admission admission = new Admission(2, Duration.ofMillis(50));
    assertTrue(admission.enter());
    assertTrue(admission.enter());
    long start = System.nanoTime();
    assertFalse(admission.enter(), "no third place");
    assertTrue(
        System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(50),
        "it waited for a place before turning the request away");
    assertEquals(1, admission.turnedAwaySinceLastAsked());
    assertEquals(0, admission.turnedAwaySinceLastAsked(), "counted since the last time asked");
    admission.leave();
    assertTrue(admission.enter(), "a place given back is taken again");
  }

  private final ExecutorService waiting = Executors.newSingleThreadExecutor();

  @AfterEach
  void stopWaiting() {
    waiting.shutdownNow();
  }

  /** A request on another thread that asks for a place, once it is waiting for one. */
  private Future<Boolean> waitingFor(Admission admission) throws InterruptedException {
    CountDownLatch asking = new CountDownLatch(1);
    Future<Boolean> entered =
        waiting.submit(
            () -> {
              asking.countDown();
              return admission.enter();
            });
    asking.await();
    Thread.sleep(100);
    return entered;
  }

  @Test
  void aRequestWaitingForAPlaceGetsTheFirstOneGivenBack() throws Exception {
    Admission admission = new Admission(1, Duration.ofSeconds(30));
    assertTrue(admission.enter());
    Future<Boolean> next = waitingFor(admission);
    assertFalse(next.isDone(), "it waits while the one place is taken");
    admission.leave();
    assertTrue(next.get(5, TimeUnit.SECONDS), "and gets the place given back");
  }

  @Test
  void withAsManyWaitingAsInProgressTheNextIsTurnedAwayWithoutWaiting() throws Exception {
    Admission admission = new Admission(1, Duration.ofSeconds(30));
    assertTrue(admission.enter());
    Future<Boolean> first = waitingFor(admission);
    long start = System.nanoTime();
    assertFalse(admission.enter(), "one waits already: no room to wait");
    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "turned away at once");
    assertEquals(1, admission.turnedAwaySinceLastAsked());
    admission.leave();
    assertTrue(first.get(5, TimeUnit.SECONDS), "the one waiting still gets its place");
  }

  /**
   * As many clients as places and room to wait, each asking again as soon as answered, with more
   * threads than cores: none is ever turned away, however late a thread given a place runs.
   */
  @Test
  void clientsThatFitInPlacesAndWaitingAreNeverTurnedAway() throws Exception {
    Admission admission = new Admission(4, Duration.ofSeconds(30));
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < 8; c++) {
        running.add(
            clients.submit(
                () -> {
                  for (int i = 0; i < 300; i++) {
                    if (admission.enter()) {
                      try {
                        long started = System.nanoTime();
                        while (System.nanoTime() - started < 200_000) {
                          Thread.onSpinWait(); // some work on a core, then some waiting
                        }
                        Thread.sleep(1);
                      } finally {
                        admission.leave();
                      }
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> client : running) {
        client.get(60, TimeUnit.SECONDS);
      }
    } finally {
      clients.shutdownNow();
    }
    assertEquals(0, admission.turnedAwaySinceLastAsked());
  }

  @Test
  void noWaitTurnsAwayAtOnce() throws Exception {
    Admission admission = new Admission(1, Duration.ZERO);
    assertTrue(admission.enter());
    long start = System.nanoTime();
    assertFalse(admission.enter());
    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(1), "without waiting");
  }

  @Test
  void needsAPlaceAndNoNegativeWait() {
    assertThrows(IllegalArgumentException.class, () -> new Admission(0, Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> new Admission(1, Duration.ofMillis(-1)));
  }
}
