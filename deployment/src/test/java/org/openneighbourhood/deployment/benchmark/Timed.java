package org.openneighbourhood.deployment.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.logging.Logger;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.stack.Tokens;

/**
 * Requests to the API with real Keycloak tokens, timed from the client's side, by any number of
 * clients at once. Tokens are minted before the clock starts (a password grant costs more than most
 * requests) and kept while they last.
 */
final class Timed {

  private static final Logger LOG = Logger.getLogger(Timed.class.getName());

  /** One answer: its status and body. */
  record Answer(int status, String body, String totalCount) {
    boolean ok() {
      return status / 100 == 2;
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final String api;
  private final Tokens tokens;

  Timed(LocalStack stack) {
    this.api = stack.apiUrl();
    this.tokens = new Tokens(stack);
  }

  HttpRequest.Builder request(String user, String path) {
    return HttpRequest.newBuilder(URI.create(api + path))
        .timeout(Duration.ofMinutes(2))
        .header("Accept", "application/json")
        .header("Authorization", "Bearer " + tokens.of(user));
  }

  /** New tokens for these users, so that none is minted during the next few minutes' run. */
  void renewTokens(String... users) {
    for (String user : users) {
      tokens.renew(user);
    }
  }

  /** A request with no token, as the public (Open Referral UK) API is used. */
  HttpRequest.Builder unsigned(String path) {
    return HttpRequest.newBuilder(URI.create(api + path))
        .timeout(Duration.ofMinutes(2))
        .header("Accept", "application/json");
  }

  Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(
          response.statusCode(),
          response.body(),
          response.headers().firstValue("X-Total-Count").orElse(null));
    } catch (IOException e) {
      return new Answer(0, e.toString(), null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Makes {@code count} requests, {@code clients} at a time, each client taking the next number as
   * soon as its last answer came; the requests are numbered from {@code first}.
   */
  static Latencies run(int clients, int first, int count, IntFunction<Answer> request)
      throws Exception {
    return runAs(clients, first, count, (client, i) -> request.apply(i));
  }

  /** A request made by one of the clients (numbered from 0): the {@code i}-th of the run. */
  interface ClientRequest {
    Answer send(int client, int i);
  }

  /** The same, telling each request which client makes it (a client with a session of its own). */
  static Latencies runAs(int clients, int first, int count, ClientRequest request)
      throws Exception {
    long[] nanos = new long[count];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    Map<Integer, Integer> byStatus = new ConcurrentSkipListMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long started = System.nanoTime();
    try {
      Future<?>[] running = new Future<?>[clients];
      for (int c = 0; c < clients; c++) {
        int client = c;
        running[c] =
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    long sent = System.nanoTime();
                    Answer answer = request.send(client, first + i);
                    nanos[i] = System.nanoTime() - sent;
                    if (!answer.ok()) {
                      byStatus.merge(answer.status(), 1, Integer::sum);
                      if (failures.getAndIncrement() == 0) {
                        LOG.warning(
                            () -> "First failed request: " + answer.status() + " " + answer.body());
                      }
                    }
                  }
                });
      }
      for (Future<?> client : running) {
        client.get();
      }
    } finally {
      pool.shutdownNow();
    }
    if (!byStatus.isEmpty()) {
      LOG.warning(() -> "Failed requests by status (0: no answer): " + byStatus);
    }
    return Latencies.of(nanos, failures.get(), Duration.ofNanos(System.nanoTime() - started));
  }
}
