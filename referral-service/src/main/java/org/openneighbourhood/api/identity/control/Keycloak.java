package org.openneighbourhood.api.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.openneighbourhood.api.configuration.control.KeycloakLocation;
import org.openneighbourhood.api.configuration.control.Setting;
import org.openneighbourhood.api.identity.entity.IdentityConflictException;
import org.openneighbourhood.api.identity.entity.IdentityUnavailableException;
import org.openneighbourhood.api.identity.entity.KeycloakOrganisation;
import org.openneighbourhood.api.identity.entity.KeycloakRole;
import org.openneighbourhood.api.identity.entity.KeycloakSession;
import org.openneighbourhood.api.identity.entity.KeycloakUser;
import org.openneighbourhood.api.identity.entity.ServiceToken;

/**
 * Keycloak's Admin REST API as this API uses it, through the API's own service account. Answers are
 * never cached here, except organisation ids (an alias never moves to another organisation) and the
 * service account's token until shortly before it expires ({@link Memberships} keeps a user's
 * organisations for a short while). Every call goes through {@link KeycloakCalls}: a short timeout,
 * a concurrency limit and a circuit breaker. Any failure to reach Keycloak or to be let in is an
 * {@link IdentityUnavailableException}: callers fail closed.
 */
@ApplicationScoped
public class Keycloak {

  /** How long an invitation link stays valid: a week, for staff who read e-mail weekly. */
  static final int INVITATION_LIFESPAN_SECONDS = 7 * 24 * 60 * 60;

  private static final Logger LOG = Logger.getLogger(Keycloak.class.getName());
  private static final long TOKEN_MARGIN_SECONDS = 30;
  private static final long READY_AHEAD_NANOS = TimeUnit.SECONDS.toNanos(60);
  private static final int PAGE = 1000;

  /**
   * Together below {@link KeycloakCalls#TIMEOUT_MILLIS}: a thread blocked on a socket does not wake
   * when the time limit interrupts it, so a hung Keycloak (whose kernel may accept a connection and
   * then never answer) is given up on in time only if connecting and reading both give up first.
   */
  private static final long CONNECT_MILLIS = 500;

  private static final long READ_MILLIS = 1_300;
  private static final long READ_WITH_EMAIL_MILLIS = 14_000;

  @Inject Config config;
  @Inject KeycloakCalls calls;

  private final Map<String, String> organisationIds = new ConcurrentHashMap<>();
  private volatile KeycloakAdminApi admin;
  private volatile KeycloakAdminApi adminWithEmail;
  private volatile KeycloakTokenApi tokens;

  /**
   * The service account's token; null until Keycloak first gave one or after it refused it. Read
   * without a lock: a request never waits while scheduled work fetches the next token, because the
   * one held stays usable until shortly before it expires.
   */
  private volatile HeldToken token;

  /** One sign-in at a time; a request that needs one waits no longer than a call may take. */
  private final SingleFlight<String, HeldToken> signingIn =
      new SingleFlight<>(Duration.ofMillis(KeycloakCalls.TIMEOUT_MILLIS));

  /** The aliases of every organisation the user belongs to now. */
  public List<String> organisationsOf(String userId) {
    return find("read memberships", api -> api.organisationsOf(userId, true))
        .orElse(List.of())
        .stream()
        .filter(o -> !Boolean.FALSE.equals(o.enabled()))
        .map(KeycloakOrganisation::alias)
        .toList();
  }

  public Optional<String> organisationId(String alias) {
    String id = organisationIds.get(alias);
    if (id == null) {
      learnOrganisationIds();
      id = organisationIds.get(alias);
    }
    return Optional.ofNullable(id);
  }

  private void learnOrganisationIds() {
    call("list organisations", api -> api.organisations(true, 0, PAGE))
        .forEach(o -> organisationIds.put(o.alias(), o.id()));
  }

  /** Creates the organisation and returns its Keycloak id. */
  public String createOrganisation(KeycloakOrganisation organisation) {
    String id = createdId("create an organisation", api -> api.createOrganisation(organisation));
    organisationIds.put(organisation.alias(), id);
    return id;
  }

  public List<KeycloakUser> members(String organisationId) {
    return call("list members", api -> api.members(organisationId, 0, PAGE));
  }

  public Optional<KeycloakUser> userByEmail(String email) {
    return call("find a user", api -> api.usersByEmail(email, true)).stream()
        .filter(u -> email.equalsIgnoreCase(u.email()))
        .findFirst();
  }

  public Optional<KeycloakUser> user(String userId) {
    return find("read a user", api -> api.user(userId));
  }

  public String createUser(KeycloakUser user) {
    return createdId("create a user", api -> api.createUser(user));
  }

  public List<String> realmRoles(String userId) {
    return call("read roles", api -> api.realmRoles(userId)).stream()
        .map(KeycloakRole::name)
        .toList();
  }

  /** Grants the realm roles the user does not hold yet. */
  public void grantRealmRoles(String userId, List<String> names) {
    List<KeycloakRole> missing =
        call("read roles", api -> api.availableRealmRoles(userId)).stream()
            .filter(role -> names.contains(role.name()))
            .toList();
    if (!missing.isEmpty()) {
      call("grant roles", api -> api.grantRealmRoles(userId, missing));
    }
  }

  public void addMember(String organisationId, String userId) {
    call("add a member", api -> api.addMember(organisationId, "\"" + userId + "\""));
  }

  public void removeMember(String organisationId, String userId) {
    call("remove a member", api -> api.removeMember(organisationId, userId));
  }

  public void enable(String userId) {
    call("reactivate a user", api -> api.updateUser(userId, KeycloakUser.enabledAgain()));
  }

  public void disable(String userId) {
    call("deactivate a user", api -> api.updateUser(userId, KeycloakUser.disabled()));
  }

  /** The ids of the user's sign-in sessions (the {@code sid} of their tokens). */
  public List<String> sessionsOf(String userId) {
    return call("list sessions", api -> api.sessions(userId)).stream()
        .map(KeycloakSession::id)
        .toList();
  }

  /** Ends every session of the user, in every browser. */
  public void endSessions(String userId) {
    call("end sessions", api -> api.endSessions(userId));
  }

  /** E-mails the user a link to set their password, which brings them back to the portal. */
  public void sendInvitation(String userId, String clientId, URI portal) {
    run(
        "send the invitation e-mail",
        api ->
            api.sendActionsEmail(
                userId,
                clientId,
                portal.toString(),
                INVITATION_LIFESPAN_SECONDS,
                List.of("UPDATE_PASSWORD", "VERIFY_EMAIL")),
        false,
        true);
  }

  private String createdId(String what, Function<KeycloakAdminApi, Response> request) {
    Response response = call(what, request);
    String location = response.getHeaderString(HttpHeaders.LOCATION);
    if (location == null) {
      throw new IdentityUnavailableException("Keycloak did not say what it created", null);
    }
    return location.substring(location.lastIndexOf('/') + 1);
  }

  /** Runs one call whose answer may be "no such thing" (404): then empty. */
  private <T> Optional<T> find(String what, Function<KeycloakAdminApi, T> request) {
    return Optional.ofNullable(run(what, request, true, false));
  }

  /**
   * Runs one call. A 409 is an {@link IdentityConflictException}; any other failure is an {@link
   * IdentityUnavailableException} saying what was being done, never with Keycloak's answer body.
   */
  private <T> T call(String what, Function<KeycloakAdminApi, T> request) {
    return run(what, request, false, false);
  }

  private <T> T run(
      String what, Function<KeycloakAdminApi, T> request, boolean mayBeAbsent, boolean sendsEmail) {
    try {
      try {
        return send(request, sendsEmail);
      } catch (WebApplicationException refused) {
        if (refused.getResponse().getStatus() != 401) {
          throw refused;
        }
        // Keycloak no longer takes the token (restarted, keys rotated): a 401 means nothing was
        // done, so the request is asked once more with a fresh token.
        forgetToken();
        return send(request, sendsEmail);
      }
    } catch (WebApplicationException refused) {
      int status = refused.getResponse().getStatus();
      if (status == 401) {
        forgetToken();
      }
      if (status == 404 && mayBeAbsent) {
        return null;
      }
      if (status == 409) {
        throw new IdentityConflictException(what);
      }
      LOG.warning(
          () ->
              "Keycloak answered HTTP "
                  + status
                  + " when asked to "
                  + what
                  + ": "
                  + Problems.errorOf(refused.getResponse()));
      throw new IdentityUnavailableException(
          "Keycloak answered HTTP " + status + " when asked to " + what, refused);
    } catch (ProcessingException unreachable) {
      throw new IdentityUnavailableException("Keycloak could not be reached", unreachable);
    } catch (CircuitBreakerOpenException resting) {
      throw new IdentityUnavailableException(
          "Keycloak did not answer the last calls; it is asked again in a few seconds", resting);
    } catch (FaultToleranceException unanswered) {
      LOG.warning(() -> "Keycloak was not asked to " + what + ": " + unanswered);
      throw new IdentityUnavailableException(
          "Keycloak did not answer in time when asked to " + what, unanswered);
    }
  }

  /**
   * One call under the time limit. The client is built, and the service account's token fetched,
   * before the clock starts: scheduled work keeps the token fresh ({@link #keepReady}), so a
   * request waits for Keycloak's answer to its own question only.
   */
  private <T> T send(Function<KeycloakAdminApi, T> request, boolean sendsEmail) {
    KeycloakAdminApi api = sendsEmail ? adminWithEmail() : admin();
    calls.send(this::token);
    return sendsEmail
        ? calls.sendWithEmail(() -> request.apply(api))
        : calls.send(() -> request.apply(api));
  }

  /**
   * Keeps the REST clients built and the service account's token fresh, outside any request: at
   * start-up and then from scheduled work, a minute before the token would expire. Also learns the
   * organisations' ids. A Keycloak that does not answer is only logged here: requests then fail
   * closed on their own.
   */
  public void keepReady() {
    try {
      admin();
      HeldToken held = token;
      if (held == null || held.dueAt(System.nanoTime())) {
        signIn();
      }
      if (organisationIds.isEmpty()) {
        learnOrganisationIds();
      }
    } catch (IdentityUnavailableException | ProcessingException notNow) {
      LOG.warning(() -> "Keycloak is not ready for the API yet: " + notNow.getMessage());
    }
  }

  private KeycloakAdminApi adminWithEmail() {
    admin();
    return adminWithEmail;
  }

  private KeycloakAdminApi admin() {
    if (admin == null) {
      synchronized (this) {
        if (admin == null) {
          KeycloakLocation location = KeycloakLocation.of(config);
          ClientRequestFilter bearer =
              request ->
                  request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token());
          tokens =
              RestClientBuilder.newBuilder()
                  .baseUri(location.realmUri())
                  .connectTimeout(CONNECT_MILLIS, TimeUnit.MILLISECONDS)
                  .readTimeout(READ_MILLIS, TimeUnit.MILLISECONDS)
                  .build(KeycloakTokenApi.class);
          adminWithEmail =
              RestClientBuilder.newBuilder()
                  .baseUri(location.adminUri())
                  .connectTimeout(CONNECT_MILLIS, TimeUnit.MILLISECONDS)
                  .readTimeout(READ_WITH_EMAIL_MILLIS, TimeUnit.MILLISECONDS)
                  .register(bearer)
                  .build(KeycloakAdminApi.class);
          admin =
              RestClientBuilder.newBuilder()
                  .baseUri(location.adminUri())
                  .connectTimeout(CONNECT_MILLIS, TimeUnit.MILLISECONDS)
                  .readTimeout(READ_MILLIS, TimeUnit.MILLISECONDS)
                  .register(bearer)
                  .build(KeycloakAdminApi.class);
        }
      }
    }
    return admin;
  }

  /** The token held, or a new one when none is held or it is about to expire. */
  private String token() {
    HeldToken held = token;
    if (held != null && held.usableAt(System.nanoTime())) {
      return held.value();
    }
    return signIn().value();
  }

  private HeldToken signIn() {
    return signingIn.get(
        "service account",
        () -> {
          String clientId = Setting.KEYCLOAK_CLIENT_ID.value(config).orElseThrow();
          String secret = Setting.KEYCLOAK_CLIENT_SECRET.lookup(config).orElse("");
          long asked = System.nanoTime();
          ServiceToken answer;
          try {
            answer = tokens.clientCredentials("client_credentials", clientId, secret);
          } catch (WebApplicationException refused) {
            throw new IdentityUnavailableException(
                "Keycloak refused the API's service account (HTTP "
                    + refused.getResponse().getStatus()
                    + "): check "
                    + Setting.KEYCLOAK_CLIENT_ID.key()
                    + " and "
                    + Setting.KEYCLOAK_CLIENT_SECRET.key(),
                refused);
          } catch (ProcessingException unreachable) {
            throw new IdentityUnavailableException("Keycloak could not be reached", unreachable);
          }
          HeldToken fresh = HeldToken.of(answer, asked);
          token = fresh;
          return fresh;
        });
  }

  private void forgetToken() {
    token = null;
  }

  /**
   * A token and when it stops being used, on {@link System#nanoTime()}: its lifetime is real time
   * at Keycloak, so it must not follow the API's business clock, which tests and demos move.
   */
  private record HeldToken(String value, long usableUntilNanos) {

    static HeldToken of(ServiceToken answer, long askedNanos) {
      long lifetime = Math.max(0, answer.expiresIn() - TOKEN_MARGIN_SECONDS);
      return new HeldToken(answer.accessToken(), askedNanos + TimeUnit.SECONDS.toNanos(lifetime));
    }

    boolean usableAt(long nanos) {
      return nanos - usableUntilNanos < 0;
    }

    /** Whether scheduled work should fetch the next one now, well before this one expires. */
    boolean dueAt(long nanos) {
      return nanos - (usableUntilNanos - READY_AHEAD_NANOS) >= 0;
    }
  }
}
