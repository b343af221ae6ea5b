package org.openneighbourhood.api.schema.boundary;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.event.container.BeforeSetup;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

/**
 * Prepares what the Payara Micro under test needs before Arquillian starts it: a real PostgreSQL on
 * the port Maven reserved (embedded.db.port), and an RSA key pair whose public half the war trusts
 * for bearer tokens (arquillian.xml points Payara at both). Runs in the test JVM only.
 */
public class TestEnvironment implements LoadableExtension {

  static final String PORT_PROPERTY = "embedded.db.port";
  static final String WORK_DIR_PROPERTY = "test.work.dir";

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(Lifecycle.class);
  }

  static Path workDir() {
    return Path.of(System.getProperty(WORK_DIR_PROPERTY, "target/it"));
  }

  public static Path privateKeyFile() {
    return workDir().resolve("jwt/private.key");
  }

  static Path publicKeyFile() {
    return workDir().resolve("jwt/public.pem");
  }

  public static class Lifecycle {

    private static final Logger LOG = Logger.getLogger(Lifecycle.class.getName());

    private EmbeddedPostgres postgres;
    private MembershipStandIn memberships;

    public void beforeContainer(@Observes BeforeSetup event) throws IOException {
      if (postgres != null) {
        return;
      }
      writeKeyPair();
      int port = Integer.parseInt(System.getProperty(PORT_PROPERTY, "54329"));
      Path data = workDir().resolve("postgres");
      Files.createDirectories(data);
      postgres =
          EmbeddedPostgres.builder()
              .setPort(port)
              .setDataDirectory(data)
              .setCleanDataDirectory(true)
              // As production runs: the API refuses a server that may lose acknowledged writes.
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              .start();
      LOG.info(() -> "Embedded PostgreSQL listening on port " + port);
      memberships =
          MembershipStandIn.start(
              Integer.parseInt(System.getProperty("identity.stub.port", "54330")));
    }

    public void afterSuite(@Observes AfterSuite event) throws IOException {
      if (postgres != null) {
        postgres.close();
        postgres = null;
      }
      if (memberships != null) {
        memberships.close();
        memberships = null;
      }
    }

    private static void writeKeyPair() throws IOException {
      KeyPair pair;
      try {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        pair = generator.generateKeyPair();
      } catch (NoSuchAlgorithmException impossible) {
        throw new IllegalStateException(impossible);
      }
      Files.createDirectories(publicKeyFile().getParent());
      Base64.Encoder pem = Base64.getMimeEncoder(64, "\n".getBytes());
      Files.writeString(
          publicKeyFile(),
          "-----BEGIN PUBLIC KEY-----\n"
              + pem.encodeToString(pair.getPublic().getEncoded())
              + "\n-----END PUBLIC KEY-----\n");
      Files.write(privateKeyFile(), pair.getPrivate().getEncoded());
    }
  }
}
