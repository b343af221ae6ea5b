package org.openneighbourhood.deployment.licence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The product is Apache-2.0: the licence's text at the root, and every pom of the build says so, so
 * that a module published alone carries it too.
 */
class LicenceTest {

  private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).resolve("..");
  private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
  private static final Pattern LICENCE =
      Pattern.compile(
          "<licenses>\\s*<license>\\s*<name>Apache License, Version 2\\.0</name>\\s*"
              + "<url>https://www\\.apache\\.org/licenses/LICENSE-2\\.0</url>");

  @Test
  void theRootHoldsTheApacheLicenceText() throws IOException {
    String text = Files.readString(ROOT.resolve("LICENSE"), StandardCharsets.UTF_8);
    assertTrue(
        text.contains("Apache License\n                           Version 2.0, January 2004"));
    assertTrue(text.contains("END OF TERMS AND CONDITIONS"));
  }

  @Test
  void everyPomDeclaresTheApacheLicence() throws IOException {
    List<Path> poms = poms();
    assertEquals(5, poms.size(), "the root and its four modules: " + poms);
    for (Path pom : poms) {
      String text = Files.readString(pom, StandardCharsets.UTF_8);
      assertTrue(LICENCE.matcher(text).find(), pom + " declares the Apache License 2.0");
    }
  }

  private static List<Path> poms() throws IOException {
    Path root = ROOT.resolve("pom.xml");
    Matcher modules = MODULE.matcher(Files.readString(root, StandardCharsets.UTF_8));
    Stream.Builder<Path> all = Stream.<Path>builder().add(root);
    while (modules.find()) {
      all.add(ROOT.resolve(modules.group(1)).resolve("pom.xml"));
    }
    return all.build().toList();
  }
}
