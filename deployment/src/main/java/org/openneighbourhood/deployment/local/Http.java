package org.openneighbourhood.deployment.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

/** Readiness polling: a server is ready when an application URL answers as expected. */
final class Http {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  private Http() {}

  /** Empty when {@code url} answers as {@code ready} says; otherwise what it answered instead. */
  private static Optional<String> answer(String url, Predicate<HttpResponse<String>> ready) {
    try {
      HttpResponse<String> response =
          CLIENT.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
              HttpResponse.BodyHandlers.ofString());
      if (ready.test(response)) {
        return Optional.empty();
      }
      String body = response.body();
      return Optional.of(
          response.statusCode() + " " + body.substring(0, Math.min(body.length(), 200)).strip());
    } catch (IOException e) {
      return Optional.of(e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted");
    }
  }

  /** Waits until {@code url} answers as {@code ready} says, failing early if the server died. */
  static void awaitReady(
      SupervisedProcess server,
      String url,
      Predicate<HttpResponse<String>> ready,
      Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "nothing yet";
    while (System.nanoTime() < deadline) {
      if (!server.isAlive()) {
        throw new IllegalStateException(
            "The server stopped while starting. End of "
                + server.log()
                + ":\n"
                + server.logTail(40));
      }
      Optional<String> failure = server.reportedFailure();
      if (failure.isPresent()) {
        throw new IllegalStateException(server.log() + " says: " + failure.get());
      }
      Optional<String> answered = answer(url, ready);
      if (answered.isEmpty()) {
        return;
      }
      last = answered.get();
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for " + url, e);
      }
    }
    throw new IllegalStateException(
        "Not ready after "
            + timeout.toSeconds()
            + " s: "
            + url
            + " (its last answer: "
            + last
            + "). End of "
            + server.log()
            + ":\n"
            + server.logTail(40));
  }
}
