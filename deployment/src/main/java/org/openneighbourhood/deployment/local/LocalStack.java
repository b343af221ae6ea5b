package org.openneighbourhood.deployment.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openneighbourhood.identity.provisioning.NeighbourhoodFile;

/**
 * The whole product on one machine: PostgreSQL, Keycloak and Payara Micro, started in dependency
 * order and stopped in reverse. Used by the local run and, once per test run, by the end-to-end
 * tests.
 */
public final class LocalStack implements AutoCloseable {

  /**
   * Issue 13's bound on Payara's heap, and what production runs with; the benchmark gives its HAPI
   * FHIR JPA reference server the same.
   */
  public static final String PAYARA_HEAP = "-Xmx512m";

  private static final Logger LOG = Logger.getLogger(LocalStack.class.getName());
  private static final Duration START_TIMEOUT =
      Duration.ofMinutes(Long.getLong("neighbourhood.start-timeout-minutes", 8));

  /** Where things are and which ports to prefer (0 = any free port). */
  public record Settings(
      Path runtimeDir,
      Path keycloakHome,
      Path workDir,
      int portalPort,
      int keycloakPort,
      int databasePort,
      boolean keepData) {

    /** Settings from system properties, as the run script and the test build pass them. */
    public static Settings fromSystemProperties(int portalPort, int keycloakPort, int dbPort) {
      return new Settings(
          Path.of(required("neighbourhood.runtime.dir")).toAbsolutePath(),
          Path.of(required("neighbourhood.keycloak.home")).toAbsolutePath(),
          Path.of(required("neighbourhood.work.dir")).toAbsolutePath(),
          portalPort,
          keycloakPort,
          dbPort,
          false);
    }

    /**
     * The same, keeping the data of the last run (the database and Keycloak's) and keeping this
     * run's at the end, or not.
     */
    public Settings keepingData(boolean keep) {
      return new Settings(
          runtimeDir, keycloakHome, workDir, portalPort, keycloakPort, databasePort, keep);
    }

    private static String required(String key) {
      String value = System.getProperty(key);
      if (value == null || value.isBlank()) {
        throw new IllegalStateException("System property " + key + " is not set");
      }
      return value;
    }
  }

  private static final String CLOCK_OFFSET_FILE = "clock-offset-seconds";

  /** Keycloak's database, in the work directory, when the stack keeps its data. */
  private static final String KEYCLOAK_DATA = "keycloak-data";

  private static final String DATABASE_DATA = "pgdata";

  /** The cookie with which the load balancer keeps a browser on one instance. */
  public static final String INSTANCE_COOKIE = LoadBalancer.COOKIE;

  private final MailCatcher mail;
  private final NotifyCatcher texts;
  private final PartnerSystemCatcher partner;
  private final Path clockOffset;
  private volatile boolean clockFixed;
  private InstanceSettings instanceSettings;

  /** What it takes to start one more Payara instance like the first. */
  private record InstanceSettings(Path runtimeDir, Path work, Map<String, String> configuration) {}

  /** Another Payara Micro with both wars, on the same database and Keycloak; close it when done. */
  public interface Instance extends AutoCloseable {
    /** The API of this instance. */
    String apiUrl();

    /** Its name; behind the balancer, the value of {@link #INSTANCE_COOKIE} that sticks to it. */
    String name();

    /** Ends it at once with kill -9, as a machine fails, leaving its sessions to the others. */
    void kill();

    /** What it wrote since it last started (until it is closed). */
    Path log();

    @Override
    void close();
  }

  private final LocalDatabase database;
  private final KeycloakServer keycloak;
  private final List<RunningInstance> instances;

  /** Instances started later by tests ({@link #startAnotherInstance}), until they are closed. */
  private final List<RunningInstance> others = new CopyOnWriteArrayList<>();

  /** Restarts what stops unexpectedly, once {@link #supervise} is called. */
  /** Guards {@link #supervisor}; private, so that no caller holding the stack can block it. */
  private final Object supervising = new Object();

  private Thread supervisor;

  private volatile boolean closing;

  /** A test holds the database down ({@link #stopDatabase}): the supervisor leaves it. */
  private volatile boolean databaseHeldDown;

  private final AtomicInteger restarts = new AtomicInteger();

  /** The Payara instances being started again after a crash now, each in a thread of its own. */
  private final Set<RunningInstance> restarting = ConcurrentHashMap.newKeySet();

  private final LoadBalancer balancer;

  private LocalStack(
      MailCatcher mail,
      NotifyCatcher texts,
      PartnerSystemCatcher partner,
      LocalDatabase database,
      KeycloakServer keycloak,
      List<PayaraServer> payaras,
      LoadBalancer balancer,
      Path clockOffset) {
    this.mail = mail;
    this.texts = texts;
    this.partner = partner;
    this.clockOffset = clockOffset;
    this.database = database;
    this.keycloak = keycloak;
    this.balancer = balancer;
    this.instances =
        java.util.stream.IntStream.range(0, payaras.size())
            .mapToObj(
                i -> new RunningInstance(LoadBalancer.instanceName(i), payaras.get(i), null, null))
            .toList();
  }

  /** One Payara instance at the portal port: the local run's and the shared test stack's shape. */
  public static LocalStack start(Settings settings) {
    return start(settings, 1);
  }

  /**
   * The whole product with {@code instanceCount} Payara instances. With more than one, the
   * instances form one Payara data grid (so a portal session outlives its instance) and HAProxy
   * answers at the portal port, balancing between them; Keycloak knows the balancer as the portal.
   *
   * <p>PostgreSQL starts first (the API migrates its schema at deployment); Keycloak and Payara
   * then start at the same time, since neither war calls Keycloak before a request needs it.
   */
  public static LocalStack start(Settings settings, int instanceCount) {
    if (instanceCount < 1) {
      throw new IllegalArgumentException("At least one instance, not " + instanceCount);
    }
    boolean balanced = instanceCount > 1;
    int portalPort = Ports.preferred(settings.portalPort());
    int keycloakPort = Ports.preferred(settings.keycloakPort());
    int databasePort = Ports.preferred(settings.databasePort());
    List<Integer> instancePorts =
        balanced
            ? java.util.stream.IntStream.range(0, instanceCount)
                .mapToObj(i -> Ports.free())
                .toList()
            : List.of(portalPort);
    String portalUrl = "http://localhost:" + portalPort;
    Path work = settings.workDir().toAbsolutePath();
    if (!settings.keepData()) {
      wipeData(settings);
    }
    LocalSecrets secrets = settings.keepData() ? LocalSecrets.keptIn(work) : LocalSecrets.fresh();
    String portalSecret = secrets.portal();
    String apiSecret = secrets.api();

    MailCatcher mail = null;
    NotifyCatcher texts = null;
    PartnerSystemCatcher partner = null;
    LocalDatabase database = null;
    CompletableFuture<KeycloakServer> keycloakStart = null;
    LoadBalancer balancer = null;
    List<PayaraServer> payaras = new ArrayList<>();
    try {
      long started = System.nanoTime();
      mail = MailCatcher.start(Ports.free());
      LOG.info("Mail is caught by the SMTP server on port " + mail.port());
      texts = NotifyCatcher.start(0);
      LOG.info("Texts are caught by the fake GOV.UK Notify at " + texts.url());
      partner = PartnerSystemCatcher.start(0);
      LOG.info(
          PartnerSystemCatcher.ORGANISATION
              + "'s own system takes BaRS status updates at "
              + partner.url());
      database =
          LocalDatabase.start(
              work.resolve(DATABASE_DATA),
              settings.runtimeDir().resolve("postgres-binaries"),
              databasePort,
              Secrets.random(),
              settings.keepData());
      LOG.info("PostgreSQL is up on port " + database.port());
      KeycloakServer.RealmValues realm =
          new KeycloakServer.RealmValues(
              portalUrl, portalSecret, apiSecret, secrets.provisioner(), mail.port());
      keycloakStart =
          startKeycloak(
              settings.keycloakHome(),
              work,
              keycloakPort,
              realm,
              secrets.keycloakAdmin(),
              settings.keepData() ? Optional.of(work.resolve(KEYCLOAK_DATA)) : Optional.empty());
      String issuer = KeycloakServer.issuerAt(keycloakPort);

      Map<String, String> configuration = new HashMap<>();
      configuration.put("DB_URL", database.jdbcUrl());
      configuration.put("DB_USER", LocalDatabase.USER);
      configuration.put("DB_PASSWORD", database.password());
      configuration.put("MP_JWT_VERIFY_ISSUER", issuer);
      configuration.put(
          "MP_JWT_VERIFY_PUBLICKEY_LOCATION", issuer + "/protocol/openid-connect/certs");
      configuration.put("MP_JWT_VERIFY_AUDIENCES", "referral-service");
      configuration.put("NEIGHBOURHOOD_DEMO_DATA", "true");
      configuration.put("KEYCLOAK_CLIENT_ID", "referral-service");
      configuration.put("KEYCLOAK_CLIENT_SECRET", apiSecret);
      configuration.put("PORTAL_URL", portalUrl);
      configuration.put("MAIL_SMTP_HOST", "127.0.0.1");
      configuration.put("MAIL_SMTP_PORT", Integer.toString(mail.port()));
      configuration.put("MAIL_FROM", "portal@neighbourhood.example");
      configuration.put("NOTIFY_API_KEY", texts.apiKey());
      configuration.put("NOTIFY_TEMPLATE_ID", texts.templateId());
      configuration.put("NOTIFY_URL", texts.url());
      configuration.put("BARS_ENDPOINTS", PartnerSystemCatcher.ORGANISATION + "=" + partner.url());
      configuration.put(
          "BARS_TOKEN_URLS", PartnerSystemCatcher.ORGANISATION + "=" + partner.tokenUrl());
      configuration.put(
          "BARS_CREDENTIALS",
          PartnerSystemCatcher.ORGANISATION + "=" + partner.clientCredentials());
      configuration.put("SCHEDULER_INTERVAL_SECONDS", "2");
      configuration.put("CLOCK_OFFSET_FILE", work.resolve(CLOCK_OFFSET_FILE).toString());
      configuration.put("PORTAL_API_URL", portalUrl + "/api");
      configuration.put("PORTAL_OIDC_PROVIDER_URI", issuer);
      configuration.put("PORTAL_OIDC_CLIENT_ID", "portal-web");
      configuration.put("PORTAL_OIDC_CLIENT_SECRET", portalSecret);
      configuration.put("PORTAL_METRICS_TOKEN", Secrets.random());
      if (balanced) {
        balancer =
            LoadBalancer.start(work.resolve("haproxy"), portalPort, instancePorts, START_TIMEOUT);
        LOG.info("HAProxy balances " + instancePorts + " at " + balancer.url());
        String cluster = "neighbourhood-" + Secrets.random().substring(0, 12);
        List<Integer> gridPorts = instancePorts.stream().map(p -> Ports.free()).toList();
        // One after the other: a member that starts while no other is up yet forms its own grid.
        for (int i = 0; i < instanceCount; i++) {
          int port = instancePorts.get(i);
          Map<String, String> own = new HashMap<>(configuration);
          // Each portal calls the API beside it: one failure, not two, when an instance dies.
          own.put("PORTAL_API_URL", "http://localhost:" + port + "/api");
          payaras.add(
              PayaraServer.start(
                  settings.runtimeDir(),
                  work.resolve("payara-" + LoadBalancer.instanceName(i)),
                  port,
                  own,
                  Optional.of(new PayaraServer.DataGrid(cluster, gridPorts.get(i), gridPorts)),
                  START_TIMEOUT));
          LOG.info(LoadBalancer.instanceName(i) + " is up on port " + port);
        }
      } else {
        payaras.add(
            PayaraServer.start(
                settings.runtimeDir(),
                work.resolve("payara"),
                portalPort,
                configuration,
                START_TIMEOUT));
      }
      KeycloakServer keycloak = joined(keycloakStart);
      long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
      LOG.info("The portal is up at " + portalUrl + "/ after " + seconds + " s");
      LocalStack stack =
          new LocalStack(
              mail,
              texts,
              partner,
              database,
              keycloak,
              payaras,
              balancer,
              work.resolve(CLOCK_OFFSET_FILE));
      stack.instanceSettings = new InstanceSettings(settings.runtimeDir(), work, configuration);
      return stack;
    } catch (RuntimeException e) {
      payaras.forEach(PayaraServer::close);
      if (balancer != null) {
        balancer.close();
      }
      if (keycloakStart != null) {
        try {
          joined(keycloakStart).close();
        } catch (RuntimeException keycloakFailedToo) {
          // The same exception when it was Keycloak's start that failed
          if (keycloakFailedToo != e) {
            e.addSuppressed(keycloakFailedToo);
          }
        }
      }
      if (database != null) {
        database.close();
      }
      if (mail != null) {
        mail.close();
      }
      if (texts != null) {
        texts.close();
      }
      if (partner != null) {
        partner.close();
      }
      throw e;
    }
  }

  /** Keycloak with the demo neighbourhood, started on another thread while Payara starts. */
  private static CompletableFuture<KeycloakServer> startKeycloak(
      Path home,
      Path work,
      int port,
      KeycloakServer.RealmValues realm,
      String adminPassword,
      Optional<Path> keptData) {
    CompletableFuture<KeycloakServer> started = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                KeycloakServer keycloak =
                    KeycloakServer.start(
                        home,
                        work.resolve("keycloak"),
                        port,
                        realm,
                        adminPassword,
                        keptData,
                        START_TIMEOUT);
                try {
                  keycloak.provisionDemoNeighbourhood();
                } catch (RuntimeException e) {
                  keycloak.close();
                  throw e;
                }
                LOG.info("Keycloak is up at " + keycloak.url() + " with the demo neighbourhood");
                started.complete(keycloak);
              } catch (RuntimeException e) {
                started.completeExceptionally(e);
              }
            },
            "start-keycloak");
    thread.setDaemon(true);
    thread.start();
    return started;
  }

  private static KeycloakServer joined(CompletableFuture<KeycloakServer> start) {
    try {
      return start.join();
    } catch (java.util.concurrent.CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  /** Adds organisations, people or clients to the running Keycloak (tests add their own). */
  public void provision(NeighbourhoodFile file) {
    keycloak.provision(file);
  }

  /**
   * A user this stack provisioned (the demo's and every test's), with their roles and
   * organisations; empty for one made otherwise (an invitation through the portal).
   */
  public Optional<NeighbourhoodFile.Person> account(String username) {
    return keycloak.account(username);
  }

  /**
   * Makes Keycloak refuse every token of the realm issued until now, as an administrator does after
   * a suspected leak ("revoke all"), until {@link #acceptRealmTokensAgain()}. The API's service
   * account token is among them; users' tokens too, where Keycloak itself checks them.
   */
  public void refuseRealmTokensIssuedUntilNow() {
    keycloak.refuseTokensIssuedBefore(Instant.now().getEpochSecond());
  }

  public void acceptRealmTokensAgain() {
    keycloak.refuseTokensIssuedBefore(0);
  }

  /** Ends a membership in Keycloak directly, as an administrator does in its console. */
  public void removeInKeycloak(String username, String organisationAlias) {
    keycloak.removeFromOrganisation(username, organisationAlias);
  }

  /**
   * The portal's sign-ins from now on get access tokens that last only {@code lifespan}, so a test
   * sees them renewed without waiting the realm's five minutes; close the handle to restore.
   */
  public AutoCloseable shortPortalTokens(Duration lifespan) {
    return keycloak.accessTokenLifespan("portal-web", lifespan);
  }

  /**
   * Freezes Keycloak as a hung server is (SIGSTOP, not killed) until the returned handle is closed;
   * use it in try-with-resources so Keycloak always thaws.
   */
  public AutoCloseable hangKeycloak() {
    keycloak.pause();
    return keycloak::resume;
  }

  /** The portal's public address: the balancer's when there are several instances. */
  public String portalUrl() {
    return balancer == null ? instances.get(0).server().url() : balancer.url();
  }

  public String apiUrl() {
    return portalUrl() + "/api";
  }

  /** The Payara instances the portal address leads to, in the balancer's order. */
  public List<Instance> instances() {
    return List.copyOf(instances);
  }

  public String keycloakUrl() {
    return keycloak.url();
  }

  /** What a metrics scraper presents as its bearer token to read Payara's {@code /metrics}. */
  public String metricsToken() {
    return instanceSettings.configuration().get("PORTAL_METRICS_TOKEN");
  }

  public String issuer() {
    return keycloak.issuer();
  }

  /**
   * From now on the API's clock may not be moved ({@link #setClockAhead} refuses): for a stack many
   * tests share, where time jumping ahead for one would age what the others left behind (every
   * directory entry stale, every consent with an end date ended, reminders sent).
   *
   * @return this stack
   */
  public LocalStack fixClock() {
    clockFixed = true;
    return this;
  }

  /**
   * Moves the portal's clock (not the system's) to {@code ahead} of real time: deadlines pass and
   * scheduled work sees them within a moment. {@link Duration#ZERO} puts it back.
   */
  public void setClockAhead(Duration ahead) {
    if (clockFixed && !ahead.isZero()) {
      throw new IllegalStateException(
          "This stack's clock is fixed: tests that share it expect today's date. Move the clock on"
              + " a stack of its own (in the tests, RunningStack.WithMovableClock)");
    }
    // Written beside it and moved into place: the API never reads a half-written file.
    Path written = clockOffset.resolveSibling(clockOffset.getFileName() + ".new");
    try {
      Files.writeString(written, Long.toString(ahead.toSeconds()));
      Files.move(
          written,
          clockOffset,
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts a second instance of the application against the same database and Keycloak, as
   * production runs several behind a load balancer: for tests of work that must happen once.
   */
  public Instance startAnotherInstance() {
    return startAnotherInstance(Map.of());
  }

  /**
   * The same, with some of its configuration changed (environment variables: another {@code
   * DB_URL}, {@code NEIGHBOURHOOD_DEMO_DATA=false}): for tests that need a second, empty directory.
   */
  public Instance startAnotherInstance(Map<String, String> changed) {
    Map<String, String> configuration = new HashMap<>(instanceSettings.configuration());
    configuration.putAll(changed);
    int port = Ports.free();
    Path workDir = instanceSettings.work().resolve("payara-" + port);
    try {
      Files.createDirectories(workDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    PayaraServer another =
        PayaraServer.start(
            instanceSettings.runtimeDir(), workDir, port, configuration, START_TIMEOUT);
    RunningInstance started = new RunningInstance("payara-" + port, another, workDir, others);
    others.add(started);
    return started;
  }

  /**
   * A Payara instance of this stack, which the supervisor may start again after a crash; {@code
   * workDir} is deleted on close when not null, and a closed instance leaves {@code list}.
   */
  private static final class RunningInstance implements Instance {
    private final String name;
    private final Path workDir;
    private final List<RunningInstance> list;
    private PayaraServer server;
    private boolean closed;

    RunningInstance(String name, PayaraServer server, Path workDir, List<RunningInstance> list) {
      this.name = name;
      this.server = server;
      this.workDir = workDir;
      this.list = list;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public synchronized String apiUrl() {
      return server.url() + "/api";
    }

    synchronized PayaraServer server() {
      return server;
    }

    @Override
    public synchronized Path log() {
      return server.log();
    }

    @Override
    public synchronized void kill() {
      server.kill();
    }

    /** Whether it stopped without being closed: then it crashed. */
    synchronized boolean crashed() {
      return !closed && !server.isAlive();
    }

    /** Starts it again as it was; the stack's supervisor does, when it crashed. */
    synchronized void restart() {
      if (!closed) {
        server = server.restarted();
      }
    }

    @Override
    public synchronized void close() {
      closed = true;
      server.close();
      if (list != null) {
        list.remove(this);
      }
      if (workDir != null) {
        Directories.delete(workDir);
      }
    }
  }

  /**
   * From now on, PostgreSQL and every Payara instance (those started later too) are started again
   * when they stop without being asked to, as a service manager would, and the log says so. The
   * local run does this; tests of crashes do, to see that nothing acknowledged is lost.
   */
  public LocalStack supervise() {
    synchronized (supervising) {
      if (supervisor == null) {
        supervisor = new Thread(this::watch, "neighbourhood-supervisor");
        supervisor.setDaemon(true);
        supervisor.start();
      }
    }
    return this;
  }

  /** Ends PostgreSQL as a power cut would (kill -9, no shutdown), for tests of crashes. */
  public void killDatabase() {
    database.kill();
  }

  /**
   * Ends PostgreSQL as a power cut would and keeps it down, even from the supervisor, until the
   * answer is closed: then it starts again on its data. For tests of an outage.
   */
  public AutoCloseable stopDatabase() {
    databaseHeldDown = true;
    database.kill();
    return () -> {
      try {
        database.restart();
      } finally {
        databaseHeldDown = false;
      }
    };
  }

  /**
   * Freezes PostgreSQL as a hung host would (SIGSTOP: connections are accepted, nothing answers)
   * until the answer is closed; use it in try-with-resources so the database always thaws.
   */
  public AutoCloseable hangDatabase() {
    database.freeze();
    return database::thaw;
  }

  private void watch() {
    while (!closing) {
      try {
        Thread.sleep(500);
        if (!closing && !databaseHeldDown && !database.isRunning()) {
          restartAfterCrash("PostgreSQL", database::restart);
        }
        List<RunningInstance> all = new ArrayList<>(instances);
        all.addAll(others);
        for (RunningInstance instance : all) {
          if (!closing && !restarting.contains(instance) && instance.crashed()) {
            restartApart(instance);
          }
        }
      } catch (InterruptedException stopping) {
        return;
      } catch (RuntimeException failed) {
        LOG.log(Level.SEVERE, "Could not restart what stopped; trying again", failed);
      }
    }
  }

  /**
   * Deletes what a stack that keeps its data left in the work directory: the database, Keycloak's
   * and their secrets. The next start begins from the demo data alone.
   */
  public static void wipeData(Settings settings) {
    Path work = settings.workDir().toAbsolutePath();
    Directories.delete(work.resolve(DATABASE_DATA));
    Directories.delete(work.resolve(KEYCLOAK_DATA));
    deleteQuietly(work.resolve(LocalSecrets.FILE));
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not delete " + file, e);
    }
  }

  /** How many times the supervisor has started something again after it crashed. */
  public int restartsAfterCrash() {
    return restarts.get();
  }

  /**
   * Starts a crashed Payara instance again in a thread of its own: a start waits minutes for the
   * instance to be ready, and its readiness needs the database, so the supervisor must stay free to
   * start the database again meanwhile. Waiting in line behind the instance, the database once
   * stayed down for the eight minutes the instance waited for it.
   */
  private void restartApart(RunningInstance instance) {
    restarting.add(instance);
    Thread restart =
        new Thread(
            () -> {
              try {
                restartAfterCrash("Payara instance " + instance.name(), instance::restart);
              } catch (RuntimeException failed) {
                LOG.log(
                    Level.SEVERE,
                    "Could not restart " + instance.name() + "; trying again",
                    failed);
              } finally {
                restarting.remove(instance);
              }
            },
            "neighbourhood-restart-" + instance.name());
    restart.setDaemon(true);
    restart.start();
  }

  private void restartAfterCrash(String what, Runnable restart) {
    restarts.incrementAndGet();
    LOG.warning(what + " stopped unexpectedly: starting it again on the data it had");
    long started = System.nanoTime();
    restart.run();
    LOG.warning(
        what
            + " is running again after "
            + Duration.ofNanos(System.nanoTime() - started).toSeconds()
            + " s");
  }

  /** The BaRS messages the API sent to Riverside Surgery's own system during this run. */
  public PartnerSystemCatcher partner() {
    return partner;
  }

  /** The texts the API sent through the fake GOV.UK Notify during this run. */
  public NotifyCatcher texts() {
    return texts;
  }

  /** The mail Keycloak and the API sent during this run. */
  public MailCatcher mail() {
    return mail;
  }

  /**
   * The logs of the three servers since they started (PostgreSQL, Keycloak, Payara Micro with both
   * wars), for tests that read what the servers wrote.
   */
  public List<Path> logs() {
    List<Path> logs = new ArrayList<>(List.of(database.log(), keycloak.log()));
    instances.forEach(i -> logs.add(i.server().log()));
    return List.copyOf(logs);
  }

  /**
   * Writes a dump of every Payara instance's threads into {@code directory}, a file per instance: a
   * test calls it when the API did not answer, to show where the request waited.
   */
  public List<Path> dumpThreads(Path directory) {
    List<Path> dumps = new ArrayList<>();
    List<RunningInstance> all = new ArrayList<>(instances);
    all.addAll(others);
    for (RunningInstance instance : all) {
      Path dump = directory.resolve(instance.name() + "-" + System.currentTimeMillis() + ".txt");
      try {
        instance.server().dumpThreads(dump);
        dumps.add(dump);
      } catch (RuntimeException ended) {
        // an instance a test has stopped or killed has no threads to show
      }
    }
    return List.copyOf(dumps);
  }

  /**
   * A connection to the application's database as its own role, for the benchmark, which loads a
   * region's worth of referrals with SQL (the API would take hours) and reads the query plans.
   */
  public Connection connectToDatabase() throws SQLException {
    return DriverManager.getConnection(database.jdbcUrl(), LocalDatabase.USER, database.password());
  }

  /** The single number a counting query answers, its parameters bound as text in order. */
  public long count(String sql, String... parameters) throws SQLException {
    try (Connection connection = connectToDatabase();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  /**
   * A new, empty database on the stack's PostgreSQL, owned by the application's role (whose name
   * and password {@link #databaseUser()} and {@link #databasePassword()} give); its JDBC URL.
   */
  public String createDatabase(String name) {
    return database.createDatabase(name);
  }

  public String databaseUser() {
    return LocalDatabase.USER;
  }

  public String databasePassword() {
    return database.password();
  }

  /**
   * The pids of the servers this stack started, by name ({@code payara}, {@code keycloak}), for the
   * benchmark's CPU accounting; PostgreSQL's postmaster is not here, as it is found from a backend.
   */
  public Map<String, Long> pids() {
    return Map.of("payara", instances.get(0).server().pid(), "keycloak", keycloak.pid());
  }

  public String tokenEndpoint() {
    return keycloak.issuer() + "/protocol/openid-connect/token";
  }

  @Override
  public void close() {
    closing = true;
    Thread watching;
    synchronized (supervising) {
      watching = supervisor;
    }
    if (watching != null) {
      watching.interrupt();
      try {
        watching.join(Duration.ofMinutes(2).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    others.forEach(Instance::close);
    instances.forEach(Instance::close);
    if (balancer != null) {
      balancer.close();
    }
    keycloak.close();
    database.close();
    mail.close();
    texts.close();
    partner.close();
  }
}
