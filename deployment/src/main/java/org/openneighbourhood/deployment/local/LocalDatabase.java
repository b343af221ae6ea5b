package org.openneighbourhood.deployment.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * A real PostgreSQL server (zonky's binaries from Maven Central) with a database and an owner role
 * for the application, which is not a superuser, as in production. The server writes its log to
 * {@code postgres/postgres.log} beside the data directory, fresh each start, with terse errors: an
 * error's detail can hold the values of the row it refused (a constraint's "Failing row contains
 * ..."), and those may be someone's address or safeguarding note.
 */
final class LocalDatabase implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(LocalDatabase.class.getName());
  static final String NAME = "neighbourhood";
  static final String USER = "neighbourhood";

  /**
   * The system property that, when set to a number of milliseconds, has the server log the plan of
   * every statement slower than that (PostgreSQL's auto_explain); unset or 0, nothing is.
   */
  static final String EXPLAIN_SLOWER_THAN_MS = "neighbourhood.database.explain-ms";

  /**
   * How long a start may take before it counts as failed. zonky's own 10 s can be too short for
   * crash recovery on a slow, busy machine: replaying the log, then the checkpoint that ends it,
   * with fsync on.
   */
  private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

  /** zonky's lock file in the data directory, held by the JVM that started the server. */
  private static final String ZONKY_LOCK = "epg-lock";

  private final Path dataDir;
  private final Path binariesDir;
  private final int port;
  private final String password;
  private final Path log;
  private final boolean keepData;

  /** Guards killing, restarting and closing the server; private, so no caller can block it. */
  private final Object lifecycle = new Object();

  private volatile EmbeddedPostgres postgres;

  private LocalDatabase(
      Path dataDir, Path binariesDir, int port, String password, Path log, boolean keepData) {
    this.dataDir = dataDir;
    this.binariesDir = binariesDir;
    this.port = port;
    this.password = password;
    this.log = log;
    this.keepData = keepData;
  }

  /** A fresh server: what an earlier run left in {@code dataDir} is wiped. */
  static LocalDatabase start(Path dataDir, Path binariesDir, int port, String password) {
    return start(dataDir, binariesDir, port, password, false);
  }

  /**
   * A server on {@code dataDir}. With {@code keepData}, the data an earlier run left there is kept
   * (and kept again at close), and the application's role gets {@code password}; otherwise it
   * starts empty and its data is deleted at close.
   */
  static LocalDatabase start(
      Path dataDir, Path binariesDir, int port, String password, boolean keepData) {
    try {
      endLeftoverServer(dataDir);
      boolean kept = keepData && Files.exists(dataDir.resolve("PG_VERSION"));
      if (!kept) {
        Directories.delete(dataDir);
      }
      Files.createDirectories(binariesDir);
      Path log = dataDir.resolveSibling("postgres").resolve("postgres.log").toAbsolutePath();
      Files.createDirectories(Objects.requireNonNull(log.getParent(), "a folder for the log"));
      Files.deleteIfExists(log);
      LocalDatabase database =
          new LocalDatabase(dataDir, binariesDir, port, password, log, keepData);
      database.postgres = database.launch();
      if (kept) {
        database.setApplicationPassword();
        LOG.info(() -> "PostgreSQL keeps the data of the last run in " + dataDir);
      } else {
        database.createApplicationDatabase();
      }
      return database;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start PostgreSQL: " + e.getMessage(), e);
    }
  }

  /** The server on the data directory, which it never wipes: that is for {@link #start} to do. */
  private EmbeddedPostgres launch() throws IOException {
    ProcessBuilder.Redirect toLog = ProcessBuilder.Redirect.appendTo(log.toFile());
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
    int explainMs = Integer.parseInt(System.getProperty(EXPLAIN_SLOWER_THAN_MS, "0").strip());
    if (explainMs > 0) {
      // For finding what is slow (the benchmark's benchmark.explain-ms): every statement slower
      // than this many milliseconds is written to the log with its plan, as EXPLAIN ANALYZE gives
      // it, statements run inside functions and triggers too
      builder
          .setServerConfig("shared_preload_libraries", "auto_explain")
          .setServerConfig("auto_explain.log_min_duration", explainMs + "ms")
          .setServerConfig("auto_explain.log_analyze", "on")
          .setServerConfig("auto_explain.log_buffers", "on")
          .setServerConfig("auto_explain.log_nested_statements", "on");
    }
    return builder
        .setPort(port)
        .setDataDirectory(dataDir)
        .setCleanDataDirectory(false)
        .setOverrideWorkingDirectory(binariesDir.toFile())
        .setPGStartupWait(STARTUP_WAIT)
        // zonky turns both off for speed; on, as production must run (the API refuses a server
        // that can lose a commit it acknowledged)
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("log_error_verbosity", "terse")
        .setOutputRedirector(toLog)
        .setErrorRedirector(toLog)
        .start();
  }

  /**
   * Ends the server as a power cut would: {@code kill -9} to the postmaster and every backend, no
   * shutdown, no checkpoint. What it acknowledged must be there after {@link #restart}.
   */
  void kill() {
    synchronized (lifecycle) {
      postmaster().ifPresent(LocalDatabase::killWithItsBackends);
    }
  }

  /**
   * Freezes the server as a hung host would (SIGSTOP to the postmaster and every backend): it
   * accepts connections and answers nothing, until {@link #thaw}.
   */
  void freeze() {
    synchronized (lifecycle) {
      postmaster()
          .ifPresent(
              postmaster -> {
                signal("-STOP", Long.toString(postmaster.pid()));
                awaitStopped(postmaster);
                postmaster.descendants().forEach(p -> signal("-STOP", Long.toString(p.pid())));
              });
    }
  }

  /** Lets a frozen server go on (SIGCONT), backends first. */
  void thaw() {
    synchronized (lifecycle) {
      postmaster()
          .ifPresent(
              postmaster -> {
                postmaster.descendants().forEach(p -> signal("-CONT", Long.toString(p.pid())));
                signal("-CONT", Long.toString(postmaster.pid()));
              });
    }
  }

  /**
   * {@code kill -9} to the postmaster and every process it started. It is stopped first ({@code
   * SIGSTOP}), so that it cannot start a backend between the moment its children are listed and the
   * moment it dies: such a backend would outlive it with the old shared memory attached, and a new
   * postmaster refuses to start beside it. (Its children are each in a process group of their own,
   * so the group cannot be killed at once.)
   */
  private static void killWithItsBackends(ProcessHandle postmaster) {
    signal("-STOP", Long.toString(postmaster.pid()));
    awaitStopped(postmaster);
    List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
    all.add(0, postmaster);
    all.forEach(ProcessHandle::destroyForcibly);
    all.forEach(p -> p.onExit().join());
  }

  /** Waits, a second at most, until Linux reports the process stopped (or it has ended). */
  private static void awaitStopped(ProcessHandle process) {
    Path stat = Path.of("/proc", Long.toString(process.pid()), "stat");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
    while (process.isAlive() && System.nanoTime() - deadline < 0) {
      try {
        String line = Files.readString(stat);
        // "pid (comm) state ...": the state follows the last ')'
        if (line.substring(line.lastIndexOf(')') + 2).startsWith("T")) {
          return;
        }
        Thread.sleep(5);
      } catch (IOException | RuntimeException unreadable) {
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /**
   * Asks a server zonky no longer knows of (a restart that gave up waiting for it) to stop as
   * {@code pg_ctl stop -m fast} would, and kills it if it has not within a minute.
   */
  private static void stopLeftover(ProcessHandle postmaster) {
    LOG.warning(() -> "Stopping a PostgreSQL server left by a start that gave up waiting");
    signal("-INT", Long.toString(postmaster.pid()));
    try {
      postmaster.onExit().get(1, TimeUnit.MINUTES);
    } catch (TimeoutException | ExecutionException slow) {
      killWithItsBackends(postmaster);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      killWithItsBackends(postmaster);
    }
  }

  /** {@code kill signal -- pid}. */
  private static void signal(String signal, String target) {
    try {
      new ProcessBuilder("kill", signal, "--", target)
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start()
          .waitFor();
    } catch (IOException e) {
      LOG.warning(() -> "Could not signal PostgreSQL (" + target + "): " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Whether the postmaster runs. */
  boolean isRunning() {
    return postmaster().isPresent();
  }

  /**
   * Starts the server again on the data it had, after a crash: it replays its log first. A start
   * that fails can be tried again: zonky keeps its lock on the data directory when its start fails,
   * so each start here takes a new lock file.
   */
  void restart() {
    synchronized (lifecycle) {
      try {
        // Releases zonky's lock on the data directory; stopping a server that is gone only logs.
        postgres.close();
      } catch (IOException | RuntimeException stopped) {
        // it was not running
      }
      try {
        postmaster().ifPresent(LocalDatabase::killWithItsBackends);
        Files.deleteIfExists(dataDir.resolve(ZONKY_LOCK));
        postgres = launch();
      } catch (IOException e) {
        throw new UncheckedIOException("Could not restart PostgreSQL: " + e.getMessage(), e);
      }
    }
  }

  private Optional<ProcessHandle> postmaster() {
    try {
      String firstLine =
          Files.readAllLines(dataDir.resolve("postmaster.pid")).stream()
              .findFirst()
              .orElse("")
              .trim();
      return ProcessHandle.of(Long.parseLong(firstLine)).filter(ProcessHandle::isAlive);
    } catch (IOException | NumberFormatException none) {
      return Optional.empty();
    }
  }

  /** A JVM killed with -9 leaves its postmaster running on the old data directory: end it. */
  private static void endLeftoverServer(Path dataDir) throws IOException {
    Path pidFile = dataDir.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
    try {
      ProcessHandle.of(Long.parseLong(firstLine))
          .filter(ProcessHandle::isAlive)
          .ifPresent(
              leftover -> {
                LOG.warning(() -> "Ending PostgreSQL left running by an earlier run");
                leftover.destroy();
                leftover.onExit().join();
              });
    } catch (NumberFormatException ignored) {
      // not a pid: nothing to end
    }
  }

  private void setApplicationPassword() {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("ALTER ROLE " + USER + " PASSWORD '" + password.replace("'", "''") + "'");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not set the application's password", e);
    }
  }

  private void createApplicationDatabase() {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + password.replace("'", "''") + "'");
      s.execute("CREATE DATABASE " + NAME + " OWNER " + USER);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the application database", e);
    }
  }

  /**
   * Sets a setting for every new session of a role ({@code synchronous_commit}), as an
   * administrator might; {@code value} null resets it.
   */
  void setRoleParameter(String role, String name, String value) {
    if (!role.matches("[a-z_]+")
        || !name.matches("[a-z_]+")
        || (value != null && !value.matches("[a-z0-9_]+"))) {
      throw new IllegalArgumentException("Not a setting: " + role + " " + name + "=" + value);
    }
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          value == null
              ? "ALTER ROLE " + role + " RESET " + name
              : "ALTER ROLE " + role + " SET " + name + " = '" + value + "'");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not set " + name + " for " + role, e);
    }
  }

  /** A new, empty database owned by the application's role; its JDBC URL. */
  String createDatabase(String name) {
    if (!name.matches("[a-z][a-z0-9_]{0,40}")) {
      throw new IllegalArgumentException("Not a database name: " + name);
    }
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name + " OWNER " + USER);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the database " + name, e);
    }
    return "jdbc:postgresql://localhost:" + port + "/" + name;
  }

  String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + NAME;
  }

  int port() {
    return port;
  }

  String password() {
    return password;
  }

  /** Everything the server wrote since it started. */
  Path log() {
    return log;
  }

  @Override
  public void close() {
    synchronized (lifecycle) {
      try {
        postgres.close();
      } catch (IOException e) {
        LOG.warning(() -> "PostgreSQL did not stop cleanly: " + e.getMessage());
      }
      // A restart that gave up waiting can leave a server zonky does not know of: never leave it.
      postmaster().ifPresent(LocalDatabase::stopLeftover);
      if (!keepData) {
        Directories.delete(dataDir);
      }
    }
  }
}
