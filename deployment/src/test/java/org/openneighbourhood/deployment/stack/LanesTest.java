package org.openneighbourhood.deployment.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The two lanes of end-to-end tests ({@link SecondLane}) stay apart: a class in the second lane
 * never uses the shared stack or the canary (which the first lane's order is built around), and a
 * class on the stack with a movable clock is in the second lane, since nothing else runs there.
 */
class LanesTest {

  @Test
  void aClassInTheSecondLaneNeverTouchesTheSharedStack() throws Exception {
    List<Class<?>> second = endToEndClasses().stream().filter(LanesTest::inSecondLane).toList();
    assertTrue(second.size() >= 6, "the second lane's classes were found: " + second);
    List<String> crossing = new ArrayList<>();
    for (Class<?> test : second) {
      for (Class<?> extension : extensions(test)) {
        if (extension == RunningStack.class || extension.getSimpleName().equals("CanaryFixture")) {
          crossing.add(test.getSimpleName() + " uses " + extension.getSimpleName());
        }
      }
    }
    assertEquals(List.of(), crossing);
  }

  @Test
  void everyClassOnTheMovableClockStackIsInTheSecondLane() throws Exception {
    List<String> outside =
        endToEndClasses().stream()
            .filter(test -> extensions(test).contains(RunningStack.WithMovableClock.class))
            .filter(test -> !inSecondLane(test))
            .map(Class::getSimpleName)
            .toList();
    assertEquals(List.of(), outside);
  }

  private static boolean inSecondLane(Class<?> test) {
    return test.isAnnotationPresent(SecondLane.class);
  }

  private static List<Class<?>> extensions(Class<?> test) {
    ExtendWith extendWith = test.getAnnotation(ExtendWith.class);
    return extendWith == null ? List.of() : Arrays.asList(extendWith.value());
  }

  /** Every *IT class compiled beside this one, loaded but not initialised (no stack starts). */
  private static List<Class<?>> endToEndClasses() throws IOException, URISyntaxException {
    Path root =
        Path.of(LanesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith("IT.class")).toList()) {
        String name =
            root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
        try {
          classes.add(
              Class.forName(
                  name.substring(0, name.length() - ".class".length()),
                  false,
                  LanesTest.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return classes;
  }
}
