package org.openneighbourhood.deployment.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.util.JsonSerialization;
import org.openneighbourhood.identity.provisioning.NeighbourhoodFile;
import org.openneighbourhood.identity.provisioning.Provisioner;

/**
 * The real Keycloak server from its Maven Central distribution, in development mode: with an
 * in-memory database, every start imports the realm file afresh, so a test run begins from the same
 * realm and demo neighbourhood; a local run that keeps its data keeps Keycloak's too.
 */
final class KeycloakServer implements AutoCloseable {

  static final String REALM = "neighbourhood";
  private static final String PORTAL_CLIENT = "portal-web";

  /**
   * identity's provider (an invitation ends signed in), placed by the build (deployment's pom): a
   * Keycloak without it would end every invitation on "your account has been updated".
   */
  static final String PROVIDER = "providers/neighbourhood-keycloak-provider.jar";

  private static final String ADMIN = "bootstrap-admin";

  private final SupervisedProcess process;
  private final String url;
  private final String adminPassword;
  private final Map<String, NeighbourhoodFile.Person> accounts = new ConcurrentHashMap<>();

  private KeycloakServer(SupervisedProcess process, String url, String adminPassword) {
    this.process = process;
    this.url = url;
    this.adminPassword = adminPassword;
  }

  /**
   * The values the realm file leaves to the environment ({@code ${NP_...}}): the portal's address
   * and secret, the API's service-account secret, and the SMTP server invitations go through.
   */
  record RealmValues(
      String portalUrl,
      String portalSecret,
      String apiSecret,
      String provisionerSecret,
      int smtpPort) {}

  /**
   * Keycloak on {@code port}. With {@code keptData}, it keeps its database (H2 files there) from
   * one start to the next, imports the realm only the first time, and its first administrator is
   * created then with {@code adminPassword}, which must therefore be the same every time; without,
   * everything is in memory and imported afresh.
   */
  static KeycloakServer start(
      Path home,
      Path workDir,
      int port,
      RealmValues realm,
      String adminPassword,
      Optional<Path> keptData,
      Duration timeout) {
    Path built = home.resolve(BUILT_MARKER);
    String provider = Files.isRegularFile(home.resolve(PROVIDER)) ? providerDigest(home) : "";
    if (!provider.equals(readOrEmpty(built))) {
      synchronized (BUILDING) {
        // Another start may have built it while this one waited
        if (!provider.equals(readOrEmpty(built))) {
          KeycloakServer server =
              startAlone(home, workDir, port, realm, adminPassword, keptData, timeout);
          writeAtomically(built, provider.getBytes(StandardCharsets.UTF_8));
          return server;
        }
      }
    }
    return startAlone(home, workDir, port, realm, adminPassword, keptData, timeout);
  }

  /**
   * Held while a Keycloak starts that may build itself into its home. Every stack of a run starts
   * Keycloak from the one unpacked home, and the first start after the provider (identity's jar)
   * changed rebuilds the server there ({@code lib/quarkus}); two doing so at once (the tests' two
   * lanes start their stacks together) could each read the other's half-written files. Once a start
   * with this provider has succeeded, {@link #BUILT_MARKER} says so, and later starts, which only
   * read the home, go on at once, side by side.
   */
  private static final Object BUILDING = new Object();

  /** The provider jar's digest, written when Keycloak has started (and so built) with it. */
  private static final String BUILT_MARKER = "lib/quarkus/neighbourhood-provider.sha256";

  private static String providerDigest(Path home) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(home.resolve(PROVIDER)));
      return HexFormat.of().formatHex(digest);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String readOrEmpty(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      return "";
    }
  }

  private static KeycloakServer startAlone(
      Path home,
      Path workDir,
      int port,
      RealmValues realm,
      String adminPassword,
      Optional<Path> keptData,
      Duration timeout) {
    Path kcSh = home.resolve("bin/kc.sh");
    if (!Files.isRegularFile(kcSh)) {
      throw new IllegalStateException(
          "Keycloak is not unpacked at "
              + home
              + ": build the deployment module first (./mvnw -pl deployment -am package -DskipTests)");
    }
    if (!Files.isRegularFile(home.resolve(PROVIDER))) {
      throw new IllegalStateException(
          "identity's Keycloak provider is not at "
              + home.resolve(PROVIDER)
              + ": build the deployment module first (./mvnw -pl deployment -am package -DskipTests)");
    }
    copyRealm(home.resolve("data/import"));
    copyTheme(home.resolve("themes"));
    Map<String, String> env =
        Map.ofEntries(
            Map.entry("NP_PORTAL_URL", realm.portalUrl()),
            Map.entry("NP_PORTAL_CLIENT_SECRET", realm.portalSecret()),
            Map.entry("NP_API_CLIENT_SECRET", realm.apiSecret()),
            Map.entry("NP_SMTP_HOST", "127.0.0.1"),
            Map.entry("NP_SMTP_PORT", Integer.toString(realm.smtpPort())),
            Map.entry("NP_MAIL_FROM", "no-reply@neighbourhood.localhost"),
            Map.entry("NP_PROVISIONER_CLIENT_SECRET", realm.provisionerSecret()),
            Map.entry("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN),
            Map.entry("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword),
            Map.entry("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m"),
            Map.entry(
                "JAVA_OPTS_APPEND",
                String.join(
                    " ",
                    java.util.stream.Stream.concat(
                            QuickStart.jvmOptions().stream(),
                            java.util.stream.Stream.of(
                                "-Djava.io.tmpdir=" + workDir.toAbsolutePath()))
                        .toList())),
            Map.entry("JAVA_HOME", System.getProperty("java.home")));
    List<String> command =
        new ArrayList<>(
            List.of(
                "bash",
                kcSh.toAbsolutePath().toString(),
                "start-dev",
                "--http-port=" + port,
                "--http-management-port=" + Ports.free(),
                "--import-realm",
                "--log-level=WARN,org.keycloak.services.ServicesLogger:INFO"));
    command.addAll(
        keptData
            .map(
                dir ->
                    List.of(
                        "--db=dev-file",
                        "--db-url=jdbc:h2:file:"
                            + dir.toAbsolutePath().resolve("keycloakdb")
                            + ";NON_KEYWORDS=VALUE"))
            .orElse(List.of("--db=dev-mem")));
    SupervisedProcess process = SupervisedProcess.start("keycloak", command, env, workDir);
    String url = "http://localhost:" + port;
    KeycloakServer server = new KeycloakServer(process, url, adminPassword);
    try {
      Http.awaitReady(
          process,
          server.issuer() + "/.well-known/openid-configuration",
          r -> r.statusCode() == 200,
          timeout);
      if (keptData.isPresent()) {
        server.addPortalAddressesOfTheRealmFile(realm.portalUrl());
      }
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    return server;
  }

  /**
   * The files of the realm's own theme (identity/.../keycloak/themes), placed as Keycloak reads.
   */
  static final java.util.List<String> THEME_FILES =
      java.util.List.of(
          "neighbourhood/email/theme.properties",
          "neighbourhood/email/messages/messages_en.properties",
          "neighbourhood/login/theme.properties",
          "neighbourhood/login/messages/messages_en.properties",
          "neighbourhood/login/resources/css/neighbourhood.css",
          "neighbourhood/login/template.ftl",
          "neighbourhood/login/nhsuk.ftl",
          "neighbourhood/login/login.ftl",
          "neighbourhood/login/login-username.ftl",
          "neighbourhood/login/login-password.ftl",
          "neighbourhood/login/login-update-password.ftl",
          "neighbourhood/login/login-reset-password.ftl",
          "neighbourhood/login/info.ftl",
          "neighbourhood/login/error.ftl",
          "neighbourhood/login/login-page-expired.ftl",
          "neighbourhood/login/logout-confirm.ftl");

  private static void copyTheme(Path themesDir) {
    for (String file : THEME_FILES) {
      try (InputStream content = resource("/keycloak/themes/" + file)) {
        placeIfChanged(content.readAllBytes(), themesDir.resolve(file));
      } catch (IOException e) {
        throw new UncheckedIOException("Could not place the theme file " + file, e);
      }
    }
  }

  private static void copyRealm(Path importDir) {
    try (InputStream realm = resource("/keycloak/neighbourhood-realm.json")) {
      placeIfChanged(realm.readAllBytes(), importDir.resolve("neighbourhood-realm.json"));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not place the realm file for import", e);
    }
  }

  /**
   * Writes {@code content} to {@code target} unless it holds it already, and then whole at once: a
   * Keycloak starting beside this one from the same home reads the old file or the new, never half
   * of one.
   */
  private static void placeIfChanged(byte[] content, Path target) throws IOException {
    if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), content)) {
      return;
    }
    writeAtomically(target, content);
  }

  private static void writeAtomically(Path target, byte[] content) {
    try {
      Path directory =
          Objects.requireNonNull(target.toAbsolutePath().getParent(), "a file's directory");
      Files.createDirectories(directory);
      Path written = Files.createTempFile(directory, "neighbourhood-", ".part");
      Files.write(written, content);
      Files.move(
          written, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + target, e);
    }
  }

  /**
   * A kept Keycloak imported the realm file at its first start only: the portal's redirect
   * addresses the file has gained since (its {@code /signin}, where an invitation ends signed in)
   * are added to the running realm, so that the API's invitations are not refused. Nothing is taken
   * away.
   */
  void addPortalAddressesOfTheRealmFile(String portalUrl) {
    RealmRepresentation file;
    try (InputStream realm = resource("/keycloak/neighbourhood-realm.json")) {
      file = JsonSerialization.readValue(realm, RealmRepresentation.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> wanted =
        file.getClients().stream()
            .filter(c -> PORTAL_CLIENT.equals(c.getClientId()))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("the realm file has no " + PORTAL_CLIENT))
            .getRedirectUris()
            .stream()
            .map(address -> address.replace("${NP_PORTAL_URL}", portalUrl))
            .toList();
    try (Keycloak admin = admin()) {
      ClientResource client = client(admin.realm(REALM), PORTAL_CLIENT);
      ClientRepresentation representation = client.toRepresentation();
      Set<String> addresses = new LinkedHashSet<>(representation.getRedirectUris());
      if (addresses.addAll(wanted)) {
        representation.setRedirectUris(new ArrayList<>(addresses));
        client.update(representation);
      }
    }
  }

  /** A user provisioned through this server (the demo's, every test's), as the file gave them. */
  Optional<NeighbourhoodFile.Person> account(String username) {
    return Optional.ofNullable(accounts.get(username));
  }

  /** Creates the demo organisations, people and test client with keycloak-admin-client. */
  void provisionDemoNeighbourhood() {
    try (InputStream demo = resource("/demo/neighbourhood-demo.json")) {
      provision(NeighbourhoodFile.read(demo));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Creates (or brings up to date) the organisations, people and clients of a file. */
  void provision(NeighbourhoodFile file) {
    file.users().forEach(user -> accounts.put(user.username(), user));
    try (Keycloak admin = admin()) {
      new Provisioner(admin.realm(REALM)).provision(file);
    }
  }

  /**
   * Sets the realm's "not before": Keycloak refuses every token of the realm issued before {@code
   * epochSecond}, as after an administrator's "revoke all"; 0 lifts it.
   */
  void refuseTokensIssuedBefore(long epochSecond) {
    try (Keycloak admin = admin()) {
      RealmResource realm = admin.realm(REALM);
      RealmRepresentation representation = realm.toRepresentation();
      representation.setNotBefore((int) epochSecond);
      realm.update(representation);
    }
  }

  /**
   * Gives the access tokens Keycloak issues to {@code clientId} from now on a lifespan of {@code
   * lifespan} (the client's own setting, over the realm's); the handle puts the setting back.
   */
  AutoCloseable accessTokenLifespan(String clientId, Duration lifespan) {
    String attribute = "access.token.lifespan";
    try (Keycloak admin = admin()) {
      ClientResource client = client(admin.realm(REALM), clientId);
      ClientRepresentation representation = client.toRepresentation();
      Map<String, String> attributes = new HashMap<>(representation.getAttributes());
      // Keycloak keeps an attribute left out of an update; an empty one means "the realm's".
      String before = attributes.getOrDefault(attribute, "");
      attributes.put(attribute, Long.toString(lifespan.toSeconds()));
      representation.setAttributes(attributes);
      client.update(representation);
      return () -> {
        try (Keycloak again = admin()) {
          ClientResource restored = client(again.realm(REALM), clientId);
          ClientRepresentation current = restored.toRepresentation();
          Map<String, String> back = new HashMap<>(current.getAttributes());
          back.put(attribute, before);
          current.setAttributes(back);
          restored.update(current);
          String now = restored.toRepresentation().getAttributes().getOrDefault(attribute, "");
          if (!now.equals(before)) {
            throw new IllegalStateException(
                clientId + "'s " + attribute + " is still " + now + ", not " + before);
          }
        }
      };
    }
  }

  private static ClientResource client(RealmResource realm, String clientId) {
    return realm.clients().get(realm.clients().findByClientId(clientId).get(0).getId());
  }

  /** Ends a user's membership of an organisation in Keycloak itself, as in its admin console. */
  void removeFromOrganisation(String username, String organisationAlias) {
    try (Keycloak admin = admin()) {
      RealmResource realm = admin.realm(REALM);
      String userId = realm.users().searchByUsername(username, true).get(0).getId();
      String organisationId =
          realm.organizations().getAll().stream()
              .filter(o -> organisationAlias.equals(o.getAlias()))
              .findFirst()
              .orElseThrow(
                  () -> new IllegalArgumentException("no organisation " + organisationAlias))
              .getId();
      try (var ignored =
          realm.organizations().get(organisationId).members().member(userId).delete()) {
        // the answer carries nothing
      }
    }
  }

  /** Freezes Keycloak (SIGSTOP), as a hung server: connections are accepted, nothing answers. */
  void pause() {
    process.signalTree("STOP");
  }

  void resume() {
    process.signalTree("CONT");
  }

  private Keycloak admin() {
    return KeycloakBuilder.builder()
        .serverUrl(url)
        .realm("master")
        .clientId("admin-cli")
        .username(ADMIN)
        .password(adminPassword)
        .build();
  }

  private static InputStream resource(String name) {
    InputStream in = KeycloakServer.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is missing from the identity module");
    }
    return in;
  }

  String url() {
    return url;
  }

  String issuer() {
    return url + "/realms/" + REALM;
  }

  /**
   * The issuer Keycloak will have on {@code port}, known before it starts: the API and the portal
   * start at the same time as Keycloak, because neither calls it before the first request.
   */
  static String issuerAt(int port) {
    return "http://localhost:" + port + "/realms/" + REALM;
  }

  /** Everything the server wrote since it started. */
  Path log() {
    return process.log();
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
