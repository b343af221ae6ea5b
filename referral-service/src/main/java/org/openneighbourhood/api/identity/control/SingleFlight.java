package org.openneighbourhood.api.identity.control;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.openneighbourhood.api.identity.entity.IdentityUnavailableException;

/**
 * One call to Keycloak at a time per key: a caller who asks for a key while another caller's call
 * for it is running waits for that call's answer (or its failure) instead of making its own. Fifty
 * requests of one user arriving together cost Keycloak one call, not fifty, and do not fill the
 * bulkhead that guards it.
 */
final class SingleFlight<K, V> {

  private final Map<K, CompletableFuture<V>> running = new ConcurrentHashMap<>();
  private final Duration longestWait;

  /**
   * @param longestWait how long a follower waits for the leader's call; longer than the call's own
   *     timeout, so that in practice the call's own answer or failure arrives first
   */
  SingleFlight(Duration longestWait) {
    this.longestWait = longestWait;
  }

  V get(K key, Supplier<V> call) {
    CompletableFuture<V> mine = new CompletableFuture<>();
    CompletableFuture<V> theirs = running.putIfAbsent(key, mine);
    if (theirs != null) {
      return await(theirs);
    }
    try {
      V value = call.get();
      mine.complete(value);
      return value;
    } catch (RuntimeException | Error failed) {
      mine.completeExceptionally(failed);
      throw failed;
    } finally {
      running.remove(key, mine);
    }
  }

  private V await(CompletableFuture<V> theirs) {
    try {
      return theirs.get(longestWait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException failed) {
      if (failed.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IdentityUnavailableException("Keycloak's answer failed", failed.getCause());
    } catch (TimeoutException slow) {
      throw new IdentityUnavailableException("Keycloak did not answer in time", slow);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IdentityUnavailableException("Interrupted waiting for Keycloak", interrupted);
    }
  }
}
