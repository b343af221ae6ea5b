package org.openneighbourhood.deployment.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.openneighbourhood.identity.provisioning.NeighbourhoodFile;
import org.openneighbourhood.identity.provisioning.Provisioner;

/**
 * The real Keycloak server from its Maven Central distribution, in development mode with an
 * in-memory database: every start imports the realm file afresh, so a local run or a test run
 * always begins from the same realm and demo neighbourhood.
 */
final class KeycloakServer implements AutoCloseable {

  static final String REALM = "neighbourhood";
  private static final String ADMIN = "bootstrap-admin";

  private final SupervisedProcess process;
  private final String url;
  private final String adminPassword;

  private KeycloakServer(SupervisedProcess process, String url, String adminPassword) {
    this.process = process;
    this.url = url;
    this.adminPassword = adminPassword;
  }

  static KeycloakServer start(
      Path home, Path workDir, int port, String portalUrl, String portalSecret, Duration timeout) {
    Path kcSh = home.resolve("bin/kc.sh");
    if (!Files.isRegularFile(kcSh)) {
      throw new IllegalStateException(
          "Keycloak is not unpacked at "
              + home
              + ": build the deployment module first (./mvnw -pl deployment -am package -DskipTests)");
    }
    copyRealm(home.resolve("data/import"));
    String adminPassword = Secrets.random();
    Map<String, String> env =
        Map.of(
            "NP_PORTAL_URL",
            portalUrl,
            "NP_PORTAL_CLIENT_SECRET",
            portalSecret,
            "NP_PROVISIONER_CLIENT_SECRET",
            Secrets.random(),
            "KC_BOOTSTRAP_ADMIN_USERNAME",
            ADMIN,
            "KC_BOOTSTRAP_ADMIN_PASSWORD",
            adminPassword,
            "JAVA_OPTS_KC_HEAP",
            "-Xms64m -Xmx512m",
            "JAVA_OPTS_APPEND",
            "-Djava.io.tmpdir=" + workDir.toAbsolutePath(),
            "JAVA_HOME",
            System.getProperty("java.home"));
    List<String> command =
        List.of(
            "bash",
            kcSh.toAbsolutePath().toString(),
            "start-dev",
            "--http-port=" + port,
            "--http-management-port=" + Ports.free(),
            "--db=dev-mem",
            "--import-realm",
            "--log-level=WARN,org.keycloak.services.ServicesLogger:INFO");
    SupervisedProcess process = SupervisedProcess.start("keycloak", command, env, workDir);
    String url = "http://localhost:" + port;
    KeycloakServer server = new KeycloakServer(process, url, adminPassword);
    try {
      Http.awaitReady(
          process,
          server.issuer() + "/.well-known/openid-configuration",
          r -> r.statusCode() == 200,
          timeout);
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    return server;
  }

  private static void copyRealm(Path importDir) {
    try (InputStream realm = resource("/keycloak/neighbourhood-realm.json")) {
      Files.createDirectories(importDir);
      Files.copy(
          realm,
          importDir.resolve("neighbourhood-realm.json"),
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not place the realm file for import", e);
    }
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
    try (Keycloak admin =
        KeycloakBuilder.builder()
            .serverUrl(url)
            .realm("master")
            .clientId("admin-cli")
            .username(ADMIN)
            .password(adminPassword)
            .build()) {
      new Provisioner(admin.realm(REALM)).provision(file);
    }
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

  /** Everything the server wrote since it started. */
  Path log() {
    return process.log();
  }

  @Override
  public void close() {
    process.close();
  }
}
