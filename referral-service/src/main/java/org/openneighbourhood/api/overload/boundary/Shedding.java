package org.openneighbourhood.api.overload.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.openneighbourhood.api.configuration.control.Setting;
import org.openneighbourhood.api.overload.control.Admission;
import org.openneighbourhood.api.problem.control.ProblemResponses;
import org.openneighbourhood.api.problem.entity.Problem;
import org.openneighbourhood.api.problem.entity.ProblemType;
import org.openneighbourhood.api.security.boundary.ResponseHeadersFilter;

/**
 * Offered more than it can do, a server that queues every request answers none of them in time:
 * each waits behind all the others and its client has given up before it is served. This filter
 * lets at most {@code api.max-requests-in-progress} requests be worked on at once; as many more may
 * wait up to {@code api.overload-wait-ms} for a place ({@link Admission}), and any other is
 * answered at once with 503 {@code overloaded} and {@code Retry-After}, so the requests taken on
 * are answered at the server's full pace and memory stays bounded. The session-ended notice from
 * Keycloak is never turned away: a sign-out must reach every instance.
 */
@WebFilter(urlPatterns = "/*")
public class Shedding extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final Logger LOG = Logger.getLogger(Shedding.class.getName());

  // By default (Setting): 32 in progress, twice the database pool's 16 connections, as some of a
  // request's time is not spent on SQL; and a 5 s wait, long enough for a burst of a few dozen
  // clients to be served in turn on a busy machine (1 s turned some of the benchmark's 50
  // closed-loop clients away), well within a client's patience.

  /** Where Keycloak says a session has ended ({@code SessionsResource}). */
  private static final String NEVER_TURNED_AWAY = "/sessions/backchannel-logout";

  /**
   * The FHIR API's address (the {@code fhir} feature's servlet): its clients read an {@code
   * OperationOutcome}, not problem details. Written here rather than imported, so that this filter,
   * in front of everything, depends on no feature it guards.
   */
  static final String FHIR_PATH = "/fhir";

  /** The FHIR answer to a request turned away: issue type {@code throttled}, as FHIR has it. */
  static final String FHIR_TURNED_AWAY =
      "{\"resourceType\":\"OperationOutcome\",\"meta\":{\"profile\":"
          + "[\"https://fhir.hl7.org.uk/StructureDefinition/UKCore-OperationOutcome\"]},"
          + "\"issue\":[{\"severity\":\"error\",\"code\":\"throttled\",\"diagnostics\":"
          + "\"The service has more requests than it can answer just now; nothing was changed."
          + " Try again in a few seconds\"}]}";

  private static final long LOG_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

  private transient Admission admission;
  private final AtomicLong loggedAt = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

  @Override
  public void init(FilterConfig config) throws ServletException {
    super.init(config);
    Config settings = ConfigProvider.getConfig();
    use(
        new Admission(
            Setting.MAX_REQUESTS_IN_PROGRESS.wholeNumber(settings),
            Duration.ofMillis(Setting.OVERLOAD_WAIT_MS.wholeNumber(settings))));
  }

  /** The places this filter gives out: from the settings at start, or a test's. */
  void use(Admission places) {
    this.admission = places;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getRequestURI().endsWith(NEVER_TURNED_AWAY)) {
      chain.doFilter(request, response);
      return;
    }
    boolean admitted;
    try {
      admitted = admission.enter();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      admitted = false;
    }
    if (!admitted) {
      turnAway(request, response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      admission.leave();
    }
  }

  private void turnAway(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long now = System.nanoTime();
    long last = loggedAt.get();
    if (now - last >= LOG_EVERY_NANOS && loggedAt.compareAndSet(last, now)) {
      long count = admission.turnedAwaySinceLastAsked();
      LOG.warning(
          () ->
              "Overloaded: "
                  + count
                  + " requests answered 503 since the last such line (at most one a minute);"
                  + " see api.max-requests-in-progress");
    }
    ResponseHeadersFilter.HEADERS.forEach(response::setHeader);
    if (FHIR_PATH.equals(request.getServletPath())) {
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setHeader("Retry-After", Integer.toString(ProblemResponses.RETRY_AFTER_SECONDS));
      response.setContentType("application/fhir+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write(FHIR_TURNED_AWAY);
      return;
    }
    Problem problem =
        Problem.of(
            ProblemType.OVERLOADED,
            "The service has more requests than it can answer just now; nothing was changed."
                + " Try again in a few seconds");
    ProblemResponses.write(response, problem);
  }
}
