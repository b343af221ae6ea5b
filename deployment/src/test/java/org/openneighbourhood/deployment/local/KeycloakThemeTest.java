package org.openneighbourhood.deployment.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every file of the realm's theme in the identity module is one the local run places. */
class KeycloakThemeTest {

  private static final Path THEMES =
      Path.of(System.getProperty("basedir", "."))
          .resolve("../identity/src/main/resources/keycloak/themes");

  @Test
  void theLocalRunPlacesEveryFileOfTheTheme() throws IOException {
    List<String> files;
    try (Stream<Path> all = Files.walk(THEMES)) {
      files =
          all.filter(Files::isRegularFile)
              .map(file -> THEMES.relativize(file).toString().replace('\\', '/'))
              .sorted()
              .toList();
    }
    assertEquals(files, KeycloakServer.THEME_FILES.stream().sorted().toList());
  }
}
