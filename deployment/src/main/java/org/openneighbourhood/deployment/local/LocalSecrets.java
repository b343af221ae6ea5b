package org.openneighbourhood.deployment.local;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

/**
 * The secrets the servers of one local stack share: the portal's and the API's client secrets in
 * Keycloak, the provisioning client's, and Keycloak's first administrator's password. Fresh for
 * every start, unless the stack keeps its data: Keycloak then keeps the realm it imported the first
 * time, with these secrets in it, so they are kept beside the data (readable by the owner only) and
 * read again.
 */
record LocalSecrets(String portal, String api, String provisioner, String keycloakAdmin) {

  static final String FILE = "local-secrets.properties";

  static LocalSecrets fresh() {
    return new LocalSecrets(Secrets.random(), Secrets.random(), Secrets.random(), Secrets.random());
  }

  /** The secrets kept in {@code workDir}, or fresh ones (kept there from now on). */
  static LocalSecrets keptIn(Path workDir) {
    Path file = workDir.resolve(FILE);
    try {
      if (Files.exists(file)) {
        Properties kept = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          kept.load(in);
        }
        return new LocalSecrets(
            required(kept, "portal"),
            required(kept, "api"),
            required(kept, "provisioner"),
            required(kept, "keycloak-admin"));
      }
      LocalSecrets fresh = fresh();
      Properties values = new Properties();
      values.setProperty("portal", fresh.portal());
      values.setProperty("api", fresh.api());
      values.setProperty("provisioner", fresh.provisioner());
      values.setProperty("keycloak-admin", fresh.keycloakAdmin());
      Files.createDirectories(workDir);
      Files.deleteIfExists(file);
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        values.store(out, "Secrets of the kept local stack: delete with the data (./run --fresh)");
      }
      return fresh;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not keep the local secrets in " + file, e);
    }
  }

  private static String required(Properties kept, String key) {
    String value = kept.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          FILE + " has no " + key + ": start once with ./run --fresh to begin again");
    }
    return value;
  }
}
