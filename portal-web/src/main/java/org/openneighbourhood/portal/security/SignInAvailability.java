package org.openneighbourhood.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Logger;
import org.openneighbourhood.portal.configuration.OidcConfig;

/**
 * Whether Keycloak answers, asked before a sign-in sends the browser there: a dead or hung Keycloak
 * gets the portal's "sign-in is unavailable" page instead of a browser error. Asked at every
 * sign-in while it answers (a sign-in is rare, and a kept "yes" would send the first users of an
 * outage to a dead Keycloak); a "no" is kept for a few seconds, so a burst of sign-ins during an
 * outage waits on one question, of at most {@link #ANSWER_WITHIN}.
 */
@ApplicationScoped
public class SignInAvailability {

  static final Duration ANSWER_WITHIN = Duration.ofMillis(1500);

  /** How long a "Keycloak does not answer" is kept. */
  static final Duration KEPT_FOR = Duration.ofSeconds(5);

  private static final Logger LOG = Logger.getLogger(SignInAvailability.class.getName());

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  @Inject OidcConfig oidcConfig;

  private boolean available = true;
  private long askedAtNanos;
  private boolean asked;

  /** Whether Keycloak answered its discovery document lately, asking again when that is old. */
  public synchronized boolean available() {
    long now = System.nanoTime();
    if (!asked || available || now - askedAtNanos > KEPT_FOR.toNanos()) {
      boolean answered = answers();
      if (answered != available || !asked) {
        boolean changed = asked;
        LOG.log(
            answered ? java.util.logging.Level.INFO : java.util.logging.Level.WARNING,
            () ->
                (answered ? "Keycloak answers" : "Keycloak does not answer: sign-in is unavailable")
                    + (changed ? " again" : ""));
      }
      available = answered;
      asked = true;
      askedAtNanos = System.nanoTime();
    }
    return available;
  }

  private boolean answers() {
    try {
      HttpResponse<Void> answer =
          http.send(
              HttpRequest.newBuilder(
                      oidcConfig.providerEndpoint("/.well-known/openid-configuration"))
                  .timeout(ANSWER_WITHIN)
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      return answer.statusCode() == 200;
    } catch (IOException | IllegalArgumentException unanswered) {
      return false;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
