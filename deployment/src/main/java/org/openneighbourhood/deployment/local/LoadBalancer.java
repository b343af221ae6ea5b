package org.openneighbourhood.deployment.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * HAProxy in front of several Payara instances, as production has a load balancer. A browser stays
 * on the instance that first served it (a cookie naming it), so its session is read where it lives;
 * when that instance stops answering its health check, or refuses a connection, the request goes to
 * another one, which finds the session in the data grid.
 */
final class LoadBalancer implements AutoCloseable {

  /** The cookie that names the instance a browser sticks to. */
  static final String COOKIE = "NP_INSTANCE";

  /** How long a client is asked to wait while no instance is up: about one health check round. */
  static final int RETRY_AFTER_SECONDS = 5;

  /** The API's answer while no instance is up, in the API's problem-details form. */
  static final String UNAVAILABLE_PROBLEM =
      "{\"type\":\"urn:neighbourhood:problem:service-unavailable\","
          + "\"title\":\"Service temporarily unavailable\",\"status\":503,"
          + "\"detail\":\"The service is starting or restarting. Try again in a few seconds.\"}";

  /** The portal's: no styles or scripts (nothing of the portal can be fetched meanwhile). */
  static final String UNAVAILABLE_PAGE =
      "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
          + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
          + "<title>Sorry, the service is unavailable</title></head><body><main>"
          + "<h1>Sorry, the service is unavailable</h1>"
          + "<p>The service is starting or restarting. Try again in a few minutes.</p>"
          + "<p>If you were sending something, it may not have been saved. "
          + "Check before you send it again.</p></main></body></html>";

  private static final List<Path> HAPROXY =
      List.of(Path.of("/usr/sbin/haproxy"), Path.of("/usr/bin/haproxy"));

  private final SupervisedProcess process;
  private final String url;

  private LoadBalancer(SupervisedProcess process, String url) {
    this.process = process;
    this.url = url;
  }

  /** The name the balancer gives the instance on {@code ports.get(i)}, as in its cookie. */
  static String instanceName(int index) {
    return "instance-" + (index + 1);
  }

  /**
   * Starts HAProxy on {@code port} for instances on {@code instancePorts}, which need not be up
   * yet: each is sent traffic once its MicroProfile readiness check ({@code /health/ready}) says
   * UP.
   */
  static LoadBalancer start(Path workDir, int port, List<Integer> instancePorts, Duration timeout) {
    Path haproxy =
        HAPROXY.stream()
            .filter(Files::isExecutable)
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "HAProxy is not installed (looked for "
                            + HAPROXY
                            + "): on Debian or Ubuntu, sudo apt-get install haproxy"));
    Path config = workDir.resolve("haproxy.cfg");
    try {
      Files.createDirectories(workDir);
      Files.writeString(config, configuration(port, instancePorts));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + config, e);
    }
    // -db: stay in the foreground, so the supervisor's process is HAProxy itself.
    SupervisedProcess process =
        SupervisedProcess.start(
            "haproxy",
            List.of(haproxy.toString(), "-db", "-f", config.toString()),
            Map.of(),
            workDir);
    String url = "http://localhost:" + port;
    LoadBalancer balancer = new LoadBalancer(process, url);
    try {
      // HAProxy itself answers (503) as soon as it listens, before any instance is up.
      Http.awaitReady(process, url + "/health/ready", r -> true, timeout);
    } catch (RuntimeException e) {
      balancer.close();
      throw e;
    }
    return balancer;
  }

  /**
   * Round robin for new browsers, then sticky by cookie. An instance is out after two failed checks
   * a second apart, and back after one good one. A request whose connection is refused (the
   * instance just died, not yet marked out) is retried on another instance: nothing reached the
   * dead one, so even a form post is safe to send again.
   *
   * <p>While no instance is ready (all starting or restarting: an instance's readiness check fails
   * while its wars deploy, when Payara itself answers 404 to everything) the balancer answers 503
   * with {@code Retry-After} itself: a problem document under {@code /api}, a short page elsewhere.
   * Every answer, the balancer's own and the web server's bare ones (a 400 for a malformed URL)
   * included, leaves with the safety headers the applications send; where an application chose its
   * own policy and caching, those are kept.
   */
  static String configuration(int port, List<Integer> instancePorts) {
    String servers =
        IntStream.range(0, instancePorts.size())
            .mapToObj(
                i ->
                    "  server %s 127.0.0.1:%d check cookie %s"
                        .formatted(instanceName(i), instancePorts.get(i), instanceName(i)))
            .collect(Collectors.joining("\n"));
    return """
        global
          maxconn 512

        defaults
          mode http
          timeout connect 2s
          timeout client 2m
          timeout server 2m
          timeout check 2s
          retries 3
          option redispatch 1
          retry-on conn-failure

        frontend portal
          bind 127.0.0.1:%d
          acl api path /api
          acl api path_beg /api/
          acl no_instance_up nbsrv(instances) lt 1
          http-request return status 503 content-type "application/problem+json" string '%s' hdr Retry-After %d if no_instance_up api
          http-request return status 503 content-type "text/html; charset=utf-8" string '%s' hdr Retry-After %d if no_instance_up
          http-after-response set-header Strict-Transport-Security "max-age=31536000; includeSubDomains"
          http-after-response set-header X-Content-Type-Options nosniff
          http-after-response set-header X-Frame-Options DENY
          http-after-response set-header Referrer-Policy no-referrer
          http-after-response set-header Content-Security-Policy "default-src 'none'; frame-ancestors 'none'" unless { res.hdr(Content-Security-Policy) -m found }
          http-after-response set-header Cache-Control no-store if { status ge 400 } !{ res.hdr(Cache-Control) -m found }
          default_backend instances

        backend instances
          balance roundrobin
          cookie %s insert indirect nocache httponly secure attr SameSite=Lax
          option httpchk GET /health/ready
          http-check expect status 200
          default-server inter 1s fall 2 rise 1
        %s
        """
        .formatted(
            port,
            UNAVAILABLE_PROBLEM,
            RETRY_AFTER_SECONDS,
            UNAVAILABLE_PAGE,
            RETRY_AFTER_SECONDS,
            COOKIE,
            servers);
  }

  String url() {
    return url;
  }

  Path log() {
    return process.log();
  }

  @Override
  public void close() {
    process.close();
  }
}
