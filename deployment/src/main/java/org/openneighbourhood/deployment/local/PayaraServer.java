package org.openneighbourhood.deployment.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Payara Micro with both wars: the API at /api and the portal at / (so the NHS.UK CSS's absolute
 * /assets URLs resolve). Configuration reaches the wars as environment variables, exactly as in
 * production. Server settings that no war can make (no Server header) are asadmin commands run
 * before Payara opens its port, from {@value #PREBOOT_COMMANDS}.
 */
final class PayaraServer implements AutoCloseable {

  /**
   * JSON-P's implementation named outright: without it every {@code Json.createReader(...)}
   * (Payara's MicroProfile JWT parses each token and the realm's keys with it) looks the provider
   * up through the class loaders, about a tenth of the API's CPU per referral sent (JFR,
   * BENCHMARK.md). Production's start script passes the same option.
   */
  static final String JSON_PROVIDER =
      "-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl";

  /** What each war logs when its configuration cannot work (it then refuses to deploy). */
  static final String REFUSES_TO_START = "refuses to start: ";

  /** What Payara logs when any application failed to start, whatever the reason. */
  static final String DEPLOYMENT_FAILED = "Exception during lifecycle processing";

  /** On the classpath; production runs pass the same file to --prebootcommandfile. */
  static final String PREBOOT_COMMANDS = "/payara/preboot-commands.asadmin";

  private final SupervisedProcess process;
  private final String url;
  private final Launch launch;

  /** What the server was started with, to start it again the same way. */
  private record Launch(
      Path runtimeDir,
      Path workDir,
      int port,
      Map<String, String> configuration,
      Optional<DataGrid> grid,
      Duration timeout) {}

  private PayaraServer(SupervisedProcess process, String url, Launch launch) {
    this.process = process;
    this.url = url;
    this.launch = launch;
  }

  /**
   * Payara's Hazelcast data grid joining instances on this machine, so that a portal session
   * outlives the instance that made it. Members find each other over TCP at the listed ports (not
   * multicast: other people's Payaras on the same machine must never join), under a name of the
   * stack's own.
   *
   * @param name the cluster's name, different for every stack
   * @param gridPort this member's own grid port
   * @param knownPorts grid ports of members already started (and this one): a new member joins
   *     through them, and the running ones accept it without being told
   */
  record DataGrid(String name, int gridPort, List<Integer> knownPorts) {}

  /** One instance on its own: no data grid, sessions in memory. */
  static PayaraServer start(
      Path runtimeDir,
      Path workDir,
      int port,
      Map<String, String> configuration,
      Duration timeout) {
    return start(runtimeDir, workDir, port, configuration, Optional.empty(), timeout);
  }

  static PayaraServer start(
      Path runtimeDir,
      Path workDir,
      int port,
      Map<String, String> configuration,
      Optional<DataGrid> grid,
      Duration timeout) {
    Path micro = existing(runtimeDir.resolve("payara-micro.jar"));
    Path api = existing(runtimeDir.resolve("referral-service.war"));
    Path portal = existing(runtimeDir.resolve("portal-web.war"));
    // A root directory kept from an earlier start still lists both applications in its domain:
    // Payara would load those, then redeploy them while the tests are already running.
    Path root = workDir.resolve("payara-root").toAbsolutePath();
    Directories.delete(root);
    Path preboot = commandFile(workDir, PREBOOT_COMMANDS);
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>();
    // The heap production gives it (kubernetes/start-payara.sh), so that the tests and the
    // benchmark run within it; out of memory, the JVM ends and the supervisor starts it again.
    command.addAll(
        List.of(java, LocalStack.PAYARA_HEAP, "-XX:+ExitOnOutOfMemoryError", JSON_PROVIDER));
    command.addAll(QuickStart.jvmOptions());
    command.addAll(
        List.of("-Djava.io.tmpdir=" + workDir.toAbsolutePath(), "-jar", micro.toString()));
    command.addAll(
        grid.map(PayaraServer::gridOptions).orElse(List.of("--nocluster", "--nohazelcast")));
    command.addAll(
        List.of(
            "--port",
            Integer.toString(port),
            "--rootDir",
            root.toString(),
            "--prebootcommandfile",
            preboot.toString(),
            "--deploy",
            api + ":/api",
            "--deploy",
            portal + ":/"));
    SupervisedProcess process =
        SupervisedProcess.start("payara", command, configuration, workDir)
            .failWhenLogSays(REFUSES_TO_START, DEPLOYMENT_FAILED);
    String url = "http://localhost:" + port;
    PayaraServer server =
        new PayaraServer(
            process,
            url,
            new Launch(runtimeDir, workDir, port, Map.copyOf(configuration), grid, timeout));
    try {
      // Payara logs "ready" even when a deployment failed: ask both applications instead.
      Http.awaitReady(process, url + "/api/services", r -> r.statusCode() == 401, timeout);
      Http.awaitReady(process, url + "/", r -> r.statusCode() == 200, timeout);
      Http.awaitReady(
          process,
          url + "/health/ready",
          r -> r.statusCode() == 200 && r.body().contains("UP"),
          timeout);
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    return server;
  }

  private static List<String> gridOptions(DataGrid grid) {
    String members =
        grid.knownPorts().stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
    return List.of(
        "--clustername",
        grid.name(),
        "--clustermode",
        "tcpip:" + members,
        "--startport",
        Integer.toString(grid.gridPort()),
        "--interfaces",
        "127.0.0.1",
        "--name",
        grid.name() + "-" + grid.gridPort(),
        // By default Payara keeps a session's backup only on a member at another IP address: all
        // of ours are on 127.0.0.1, so without this a killed instance would take its sessions.
        "--nohostaware");
  }

  private static Path commandFile(Path workDir, String resource) {
    Path file = workDir.resolve(resource.substring(resource.lastIndexOf('/') + 1)).toAbsolutePath();
    try (InputStream in = PayaraServer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      Files.createDirectories(workDir);
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + file, e);
    }
    return file;
  }

  private static Path existing(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          file + " is missing: build first (./mvnw -pl deployment -am package -DskipTests)");
    }
    return file;
  }

  String url() {
    return url;
  }

  /**
   * Ends the server at once with its whole process tree (kill -9), as a crashed machine ends: no
   * shutdown, nothing handed over to the other instances.
   */
  void kill() {
    process.signalTree("KILL");
  }

  /**
   * Writes a dump of the JVM's threads to {@code file} (with the JDK's jcmd), for a request that
   * hung.
   */
  void dumpThreads(Path file) {
    Path jcmd =
        Path.of(ProcessHandle.current().info().command().orElse("java")).resolveSibling("jcmd");
    try {
      Files.createDirectories(
          Objects.requireNonNull(file.toAbsolutePath().getParent(), "a folder for " + file));
      new ProcessBuilder(jcmd.toString(), Long.toString(pid()), "Thread.print")
          .redirectErrorStream(true)
          .redirectOutput(file.toFile())
          .start()
          .waitFor(30, TimeUnit.SECONDS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Everything the server wrote since it started. */
  Path log() {
    return process.log();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /**
   * A new server started as this one was (same port, configuration and grid), once this one has
   * ended: after a crash. Its log starts afresh.
   */
  PayaraServer restarted() {
    close();
    return start(
        launch.runtimeDir(),
        launch.workDir(),
        launch.port(),
        launch.configuration(),
        launch.grid(),
        launch.timeout());
  }

  @Override
  public void close() {
    process.close();
  }

  /** The server's own process (a JVM; for Keycloak, kc.sh, whose child is the JVM). */
  long pid() {
    return process.pid();
  }
}
