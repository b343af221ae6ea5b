package org.openneighbourhood.api.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * Every call to Keycloak goes through here, so a Keycloak that is down or hung (stopped, not only
 * killed: the kernel still accepts connections) costs a request at most two seconds and never holds
 * more than a few of the server's threads. After most of the last few calls failed to get an
 * answer, the circuit opens and calls fail at once for five seconds, then one is let through to
 * try. An answer of any status is not a failure here: Keycloak is up. The REST clients' own
 * timeouts ({@link Keycloak}) are shorter than the {@code @Timeout}, because a thread blocked in a
 * socket read does not wake when it is interrupted.
 */
@ApplicationScoped
public class KeycloakCalls {

  static final long TIMEOUT_MILLIS = 2_000;

  /** A call that expects a quick answer: reading and changing users and organisations. */
  @Timeout(value = TIMEOUT_MILLIS, unit = ChronoUnit.MILLIS)
  @Bulkhead(10)
  @CircuitBreaker(
      requestVolumeThreshold = 4,
      failureRatio = 0.75,
      delay = 5,
      delayUnit = ChronoUnit.SECONDS,
      successThreshold = 1,
      failOn = {ProcessingException.class, TimeoutException.class})
  public <T> T send(Supplier<T> request) {
    return answered(request);
  }

  /**
   * A call after which Keycloak sends an e-mail before it answers (an invitation): it may wait on
   * the mail server, so it has longer, and a breaker of its own.
   */
  @Timeout(value = 15, unit = ChronoUnit.SECONDS)
  @Bulkhead(2)
  @CircuitBreaker(
      requestVolumeThreshold = 2,
      failureRatio = 1.0,
      delay = 10,
      delayUnit = ChronoUnit.SECONDS,
      failOn = {ProcessingException.class, TimeoutException.class})
  public <T> T sendWithEmail(Supplier<T> request) {
    return answered(request);
  }

  private static <T> T answered(Supplier<T> request) {
    T answer = request.get();
    if (answer instanceof Response response && response.getStatus() >= 400) {
      throw new WebApplicationException(response);
    }
    return answer;
  }
}
