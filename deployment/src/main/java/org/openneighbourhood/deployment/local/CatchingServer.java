package org.openneighbourhood.deployment.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP server on a loopback port of this JVM standing in for a system the portal calls (GOV.UK
 * Notify, a partner's GP system): it keeps what it takes, in the order it came, counts every
 * request, and can be told to fail the next ones, to test that the portal retries.
 *
 * @param <T> what it keeps of a request it takes
 */
public abstract class CatchingServer<T> implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(2);
  private final Object lock = new Object();
  private final List<T> received = new ArrayList<>();
  private final Deque<Integer> failures = new ArrayDeque<>();
  private final AtomicInteger requests = new AtomicInteger();

  /** Wraps a server made by {@link #listen}; it serves once {@link #start} is called. */
  protected CatchingServer(HttpServer server) {
    this.server = server;
  }

  /**
   * A server on a loopback port ({@code 0}: any free one), not yet serving.
   *
   * @param what what it stands in for, for the message should it not start
   */
  protected static HttpServer listen(int port, String what) {
    try {
      return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (IOException e) {
      throw new IllegalStateException(what + " could not start on port " + port, e);
    }
  }

  /** Serves {@code path}; the subclass's factory calls it once the subclass is made. */
  protected final void start(String path) {
    server.createContext(path, this::count);
    server.setExecutor(executor);
    server.start();
  }

  /** Serves another path of the same system with its own handler (not counted nor kept). */
  protected final void alsoServe(String path, HttpHandler handler) {
    server.createContext(path, handler);
  }

  /**
   * Answers one request: POST only, and the next failure it was told of first ({@link #failure}).
   */
  protected abstract void take(HttpExchange exchange) throws IOException;

  private void count(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    take(exchange);
  }

  /** The port it listens on. */
  protected final int port() {
    return server.getAddress().getPort();
  }

  /** The status to fail this request with, as told by {@link #failNext}; null to take it. */
  protected final Integer failure() {
    synchronized (lock) {
      return failures.poll();
    }
  }

  /** Keeps what a request it took brought. */
  protected final void keep(T item) {
    synchronized (lock) {
      received.add(item);
    }
  }

  /** The next {@code times} requests are answered with {@code status} and not kept. */
  public void failNext(int status, int times) {
    synchronized (lock) {
      for (int i = 0; i < times; i++) {
        failures.add(status);
      }
    }
  }

  /** Every request answered so far, taken or not. */
  public int requests() {
    return requests.get();
  }

  /** Everything taken so far, in the order it came. */
  public List<T> received() {
    synchronized (lock) {
      return List.copyOf(received);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
