package org.openneighbourhood.api.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.identity.entity.IdentityUnavailableException;

class SingleFlightTest {

  private final SingleFlight<String, String> flight = new SingleFlight<>(Duration.ofSeconds(5));

  @Test
  void callersOfOneKeyAtOnceShareOneCall() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        answers.add(
            pool.submit(
                () ->
                    flight.get(
                        "lina",
                        () -> {
                          calls.incrementAndGet();
                          await(release);
                          return "northgate-pcn";
                        })));
      }
      Thread.sleep(300);
      release.countDown();
      for (Future<String> answer : answers) {
        assertEquals("northgate-pcn", answer.get(5, TimeUnit.SECONDS));
      }
      assertEquals(1, calls.get(), "one call for twenty callers");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailedCallFailsEveryoneWaitingAndTheNextCallerAsksAgain() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<String> leader =
          pool.submit(
              () ->
                  flight.get(
                      "lina",
                      () -> {
                        await(release);
                        throw new IdentityUnavailableException("Keycloak is down", null);
                      }));
      Thread.sleep(200);
      Future<String> follower = pool.submit(() -> flight.get("lina", () -> "not asked"));
      Thread.sleep(200);
      release.countDown();
      for (Future<String> waiting : List.of(leader, follower)) {
        ExecutionException failed =
            assertThrows(ExecutionException.class, () -> waiting.get(5, TimeUnit.SECONDS));
        assertInstanceOf(IdentityUnavailableException.class, failed.getCause());
      }
      assertEquals("again", flight.get("lina", () -> "again"), "nothing kept of a failure");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void differentKeysDoNotWaitForEachOther() {
    assertEquals("a", flight.get("one", () -> flight.get("two", () -> "a")));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
