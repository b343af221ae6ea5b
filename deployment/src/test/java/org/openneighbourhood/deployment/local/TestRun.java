package org.openneighbourhood.deployment.local;

import java.nio.file.Path;

/**
 * What the build gives a test that starts what it needs itself: the unpacked runtime (Payara Micro,
 * PostgreSQL's binaries) and a folder of its own in the run's work directory.
 */
final class TestRun {

  /** The runtime the build unpacked ({@code neighbourhood.runtime.dir}). */
  static final Path RUNTIME = Path.of(System.getProperty("neighbourhood.runtime.dir"));

  private TestRun() {}

  /** A folder of the run's work directory ({@code neighbourhood.work.dir}) for one test class. */
  static Path work(String name) {
    return Path.of(System.getProperty("neighbourhood.work.dir"), name);
  }

  /** A new PostgreSQL server of its own, its data in {@code work}, on a free port. */
  static LocalDatabase database(Path work) {
    return LocalDatabase.start(
        work.resolve("pgdata"),
        RUNTIME.resolve("postgres-binaries"),
        Ports.free(),
        Secrets.random());
  }
}
