package org.openneighbourhood.api.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.access.entity.Guarded;
import org.openneighbourhood.api.application.boundary.NeighbourhoodApi;

/**
 * The build fails when an API endpoint does not name its access policy operation (and, through
 * {@link PolicyTableTest}, when an operation has no row in the table).
 */
class GuardedEndpointsTest {

  @Test
  void everyEndpointNamesItsOperation() throws Exception {
    List<Method> endpoints = endpoints();
    assertFalse(endpoints.isEmpty(), "no resources found: the scan is broken");
    List<String> unguarded =
        endpoints.stream()
            .filter(m -> !m.isAnnotationPresent(Guarded.class))
            .map(m -> m.getDeclaringClass().getSimpleName() + "." + m.getName())
            .toList();
    assertEquals(List.of(), unguarded, "endpoints without @Guarded");
  }

  @Test
  void noEndpointIsDecidedByAFieldRow() throws Exception {
    List<String> fields =
        endpoints().stream()
            .filter(m -> m.isAnnotationPresent(Guarded.class))
            .filter(m -> m.getAnnotation(Guarded.class).value().isField())
            .map(m -> m.getDeclaringClass().getSimpleName() + "." + m.getName())
            .toList();
    assertEquals(List.of(), fields, "a field row decides a field, not a request");
  }

  /** Every HTTP method of every class with {@code @Path} in the service's compiled classes. */
  static List<Method> endpoints() throws URISyntaxException {
    java.nio.file.Path classes =
        java.nio.file.Path.of(
            NeighbourhoodApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Method> endpoints = new ArrayList<>();
    try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
      for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name =
            classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> type = Class.forName(name, false, GuardedEndpointsTest.class.getClassLoader());
        if (!type.isAnnotationPresent(Path.class)) {
          continue;
        }
        for (Method method : type.getDeclaredMethods()) {
          if (method.isAnnotationPresent(GET.class)
              || method.isAnnotationPresent(POST.class)
              || method.isAnnotationPresent(PUT.class)
              || method.isAnnotationPresent(DELETE.class)) {
            endpoints.add(method);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    return endpoints;
  }
}
