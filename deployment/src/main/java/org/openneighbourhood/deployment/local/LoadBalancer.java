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
          default_backend instances

        backend instances
          balance roundrobin
          cookie %s insert indirect nocache httponly secure attr SameSite=Lax
          option httpchk GET /health/ready
          http-check expect status 200
          default-server inter 1s fall 2 rise 1
        %s
        """
        .formatted(port, COOKIE, servers);
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
