package org.openneighbourhood.deployment.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.stack.Api;
import org.openneighbourhood.deployment.stack.Api.Reply;
import org.openneighbourhood.deployment.stack.Demo;
import org.openneighbourhood.deployment.stack.People;
import org.openneighbourhood.deployment.stack.RunningStack;

/**
 * Nothing acknowledged is lost when the database or the server crashes mid-work. Four clients send
 * 200 referrals to an instance of their own, each retrying (with its Idempotency-Key) until it is
 * answered with success, while PostgreSQL is killed three times and the instance twice, all with
 * {@code kill -9} (once the database while the instance is starting again), and the stack's
 * supervisor starts each again. Afterwards every acknowledged referral is in the database once,
 * none is there twice, and no answer on the way was a 500: the database's absence is a 503, the
 * server's a refused connection (or, while its wars deploy, Payara's own 404 page, which the load
 * balancer in front of production instances never passes on).
 */
@ExtendWith(RunningStack.class)
@Tag("resilience")
class CrashIT {

  private static final int SUBMISSIONS = 200;
  private static final int CLIENTS = 4;
  private static final Duration LONGEST = Duration.ofMinutes(8);

  /**
   * A crash after this many acknowledged submissions: database, server (and the database while the
   * server starts again), database, server.
   */
  private static final List<Integer> CRASH_AFTER = List.of(25, 65, 110, 150);

  @Test
  void everyAcknowledgedSubmissionSurvivesKillsOfTheDatabaseAndTheServer(LocalStack stack)
      throws Exception {
    stack.supervise();
    long deadline = System.nanoTime() + LONGEST.toNanos();
    try (LocalStack.Instance instance = stack.startAnotherInstance()) {
      Api api = new Api(stack).actingFor("northgate-pcn").against(instance.apiUrl());
      String person = registerSomeone(api);
      String run = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000, 9_999_999));
      Map<String, String> acknowledged = new ConcurrentHashMap<>();
      Set<String> failures = ConcurrentHashMap.newKeySet();
      AtomicInteger refusedConnections = new AtomicInteger();

      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      List<Future<?>> submissions = new ArrayList<>();
      for (int n = 0; n < SUBMISSIONS; n++) {
        String reason = "Crash test " + run + " submission " + n;
        submissions.add(
            clients.submit(
                () ->
                    submitUntilAnswered(
                        api,
                        person,
                        reason,
                        deadline,
                        acknowledged,
                        failures,
                        refusedConnections)));
      }
      try {
        for (int i = 0; i < CRASH_AFTER.size(); i++) {
          int after = CRASH_AFTER.get(i);
          awaitUntil(
              () -> acknowledged.size() >= after,
              deadline,
              () -> after + " acknowledged; " + databaseLogEnd(stack));
          if (i % 2 == 0) {
            stack.killDatabase();
          } else if (i == 1) {
            // the database too, once the supervisor is starting the server again: the server's
            // readiness needs the database, so the supervisor must not start the one behind the
            // other (it once did, and both stayed down)
            int restarts = stack.restartsAfterCrash();
            instance.kill();
            awaitUntil(
                () -> stack.restartsAfterCrash() > restarts,
                deadline,
                () -> "the supervisor starting the server again");
            stack.killDatabase();
          } else {
            instance.kill();
          }
        }
        for (Future<?> submission : submissions) {
          submission.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
      } finally {
        clients.shutdownNow();
      }

      assertEquals(SUBMISSIONS, acknowledged.size(), "every submission ends in success");
      assertEquals(
          Set.of(),
          Set.copyOf(failures),
          () ->
              "answers other than success, 503 or none; the instance's log:\n" + errors(instance));
      assertEquals(
          SUBMISSIONS, stored(stack, acknowledged.values()), "every acknowledged referral is kept");
      assertEquals(
          SUBMISSIONS,
          stack.count(
              "select count(*) from referral where reason like ?",
              "Crash test " + run + " submission %"),
          "and none is stored twice");
      assertTrue(
          stack.restartsAfterCrash() >= CRASH_AFTER.size(),
          "the supervisor started the database and the server again");
      assertTrue(refusedConnections.get() > 0, "the server was down for a while");
      // Out of Money Matters' inbox, where other tests look for their own referrals.
      acknowledged.values().forEach(id -> closeAsEnteredInError(api, id));
    }
  }

  private static void closeAsEnteredInError(Api api, String id) {
    Reply closed =
        api.atVersionOf("liam.link", id)
            .post(
                "liam.link",
                "/referrals/" + id + "/entered-in-error",
                Map.of("note", "Sent by the crash test"));
    assertEquals(200, closed.status(), closed::toString);
  }

  /**
   * Payara's own 404 page, not the API's: an instance answers so while its wars deploy (a load
   * balancer sends it nothing meanwhile; deployment/README.md says why the port is not kept
   * closed).
   */
  private static boolean isStillDeploying(Reply reply) {
    return reply.status() == 404 && !reply.contentType().startsWith("application/problem+json");
  }

  /** One client's submission: sent again with the same key until it is answered with success. */
  private static void submitUntilAnswered(
      Api api,
      String person,
      String reason,
      long deadline,
      Map<String, String> acknowledged,
      Set<String> failures,
      AtomicInteger refusedConnections) {
    Api sending = api.with("Idempotency-Key", UUID.randomUUID().toString());
    Map<String, Object> body =
        Map.of(
            "personId",
            person,
            "serviceId",
            Demo.DEBT_ADVICE,
            "reason",
            reason,
            "urgency",
            "ROUTINE",
            "consentToShare",
            true);
    while (System.nanoTime() - deadline < 0) {
      try {
        Reply reply = sending.post("liam.link", "/referrals", body);
        if (reply.status() == 200 || reply.status() == 201) {
          acknowledged.put(reason, reply.body().path("id").asText());
          return;
        }
        if (isStillDeploying(reply)) {
          refusedConnections.incrementAndGet();
        } else if (reply.status() != 503) {
          failures.add(java.time.Instant.now() + " " + reply);
        }
      } catch (IllegalStateException noAnswer) {
        // the server is down (connection refused) or restarting: try again
        refusedConnections.incrementAndGet();
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException stopped) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /**
   * The severe lines the instance wrote in its starts so far, each with what follows; not the
   * connection pool's, which are many and expected when the database dies.
   */
  private static String errors(LocalStack.Instance instance) {
    StringBuilder found = new StringBuilder("logs in " + instance.log().getParent() + "\n");
    try (Stream<Path> logs = Files.list(instance.log().getParent())) {
      for (Path log :
          logs.filter(p -> p.getFileName().toString().matches("payara(\\.\\d+)?\\.log"))
              .sorted()
              .toList()) {
        List<String> lines = Files.readAllLines(log);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          if (line.contains("[SEVERE]") && !line.contains("resourceadapter")) {
            found.append(log.getFileName()).append(":\n");
            lines
                .subList(i, Math.min(lines.size(), i + 30))
                .forEach(l -> found.append(l).append('\n'));
          }
        }
      }
    } catch (IOException e) {
      found.append("(unreadable: ").append(e).append(')');
    }
    return found.toString();
  }

  private static String registerSomeone(Api api) {
    return People.register(api, "liam.link", People.registration("Crash", "Tester", "1961-02-03"))
        .id();
  }

  /** How many of these referral ids are in the database. */
  private static long stored(LocalStack stack, java.util.Collection<String> ids) throws Exception {
    try (Connection connection = stack.connectToDatabase();
        PreparedStatement statement =
            connection.prepareStatement(
                "select count(*) from referral where id = any(?::uuid[])")) {
      Array array = connection.createArrayOf("text", ids.toArray());
      statement.setArray(1, array);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  /** The last lines PostgreSQL wrote: why it did not start again, if it did not. */
  private static String databaseLogEnd(LocalStack stack) {
    Path log = stack.logs().get(0);
    try {
      List<String> lines = Files.readAllLines(log);
      return "the end of "
          + log
          + ":\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 25), lines.size()));
    } catch (IOException e) {
      return "(" + log + " unreadable: " + e + ")";
    }
  }

  private static void awaitUntil(
      BooleanSupplier condition, long deadline, java.util.function.Supplier<String> what)
      throws InterruptedException {
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("Not reached in time: " + what.get());
      }
      Thread.sleep(100);
    }
  }
}
