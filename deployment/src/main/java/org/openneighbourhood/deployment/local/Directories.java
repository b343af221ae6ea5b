package org.openneighbourhood.deployment.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing the working directories the stack and the tests leave behind. */
public final class Directories {

  private Directories() {}

  /** Deletes {@code dir} and everything under it; nothing happens when it does not exist. */
  public static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not delete " + dir, e);
    }
  }
}
