package org.openneighbourhood.api.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.access.control.AccessPolicy;
import org.openneighbourhood.api.access.control.Audited;

/**
 * The war's features (the packages under {@code org.openneighbourhood.api}) and how they depend on
 * each other, read from the compiled classes. Entities never use a feature's control or boundary
 * code; the feature map in docs/architecture.md is the code's; and no dependency between features
 * closes a cycle.
 */
class ArchitectureTest {

  private static final String ROOT = "org.openneighbourhood.api";
  private static final Path MAP = Path.of("..", "docs", "architecture.md");
  private static final String MAP_START = "```mermaid";
  private static final String MAP_END = "```";

  private static JavaClasses classes;
  private static SortedMap<String, SortedSet<String>> graph;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
    graph = featureGraph(classes);
  }

  @Test
  void entitiesUseNoFeaturesControlOrBoundaryCode() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + "..entity..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ROOT + "..control..", ROOT + "..boundary..")
        .check(classes);
  }

  /**
   * Audit is written in one place, when a use case completes ({@code access/control/Audited}):
   * every transactional use case that asks the access policy carries the annotation. (The policy
   * also refuses, at run time, an access decided outside one.)
   */
  @Test
  void everyUseCaseThatAsksThePolicyIsAudited() {
    SortedSet<String> unaudited = new TreeSet<>();
    for (JavaClass type : classes) {
      boolean asks =
          type.getFields().stream()
              .anyMatch(f -> f.getRawType().isEquivalentTo(AccessPolicy.class));
      if (asks
          && type.isAnnotatedWith(Transactional.class)
          && !type.isAnnotatedWith(Audited.class)) {
        unaudited.add(type.getName());
      }
    }
    assertEquals(new TreeSet<>(), unaudited, "use cases that ask the policy but are not @Audited");
    assertTrue(
        classes.stream().filter(type -> type.isAnnotatedWith(Audited.class)).count() > 10,
        "the check sees the use cases");
  }

  @Test
  void theCycleCheckFindsTheEdgesOfACycleAndNoOthers() {
    SortedMap<String, SortedSet<String>> made = new TreeMap<>();
    made.put("a", new TreeSet<>(Set.of("b")));
    made.put("b", new TreeSet<>(Set.of("a", "c")));
    made.put("c", new TreeSet<>());
    assertEquals(new TreeSet<>(Set.of("a -> b", "b -> a")), edgesOnCycles(made));
  }

  @Test
  void noDependencyBetweenFeaturesClosesACycle() {
    assertEquals(
        new TreeSet<>(),
        edgesOnCycles(graph),
        "dependencies between features that lie on a cycle: let the feature that is asked define"
            + " the question as an interface the other implements (as access/control/OwnRecords),"
            + " or move the endpoint to the feature it serves");
  }

  /**
   * docs/architecture.md draws the features and their dependencies as the code has them. Run with
   * {@code -Darchitecture.write-map=true} to draw it again after the code changed.
   */
  @Test
  void theFeatureMapInTheDocsIsTheCodes() throws IOException {
    String doc = Files.readString(MAP);
    int start = doc.indexOf(MAP_START);
    int end = doc.indexOf(MAP_END, start + MAP_START.length());
    assertTrue(start >= 0 && end > start, MAP + " has a mermaid block");
    String drawn = doc.substring(start, end + MAP_END.length());
    String map = mermaid(graph, edgesOnCycles(graph));
    if (Boolean.getBoolean("architecture.write-map")) {
      Files.writeString(MAP, doc.replace(drawn, map));
      return;
    }
    assertEquals(
        map, drawn, MAP + " is not the code's map: run with -Darchitecture.write-map=true");
  }

  /** Each feature and the features its classes use, from the compiled classes' dependencies. */
  private static SortedMap<String, SortedSet<String>> featureGraph(JavaClasses classes) {
    SortedMap<String, SortedSet<String>> graph = new TreeMap<>();
    for (JavaClass type : classes) {
      Optional<String> from = featureOf(type);
      if (from.isEmpty()) {
        continue;
      }
      SortedSet<String> uses = graph.computeIfAbsent(from.get(), f -> new TreeSet<>());
      for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
        featureOf(dependency.getTargetClass())
            .filter(to -> !to.equals(from.get()))
            .ifPresent(uses::add);
      }
    }
    return graph;
  }

  private static Optional<String> featureOf(JavaClass type) {
    String name = type.getPackageName();
    if (!name.startsWith(ROOT + ".")) {
      return Optional.empty();
    }
    String rest = name.substring(ROOT.length() + 1);
    int dot = rest.indexOf('.');
    return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
  }

  /** The edges that lie on a cycle: both ends in one strongly connected component (Tarjan). */
  private static SortedSet<String> edgesOnCycles(SortedMap<String, SortedSet<String>> graph) {
    Map<String, Integer> component = new Components(graph).find();
    SortedSet<String> edges = new TreeSet<>();
    graph.forEach(
        (from, uses) ->
            uses.stream()
                .filter(to -> component.get(from).equals(component.get(to)))
                .forEach(to -> edges.add(from + " -> " + to)));
    return edges;
  }

  /** The map in Mermaid: every feature, every dependency; those on a cycle drawn thick. */
  private static String mermaid(
      SortedMap<String, SortedSet<String>> graph, SortedSet<String> onCycles) {
    StringBuilder map = new StringBuilder(MAP_START).append("\nflowchart LR\n");
    graph.forEach(
        (from, uses) -> {
          if (uses.isEmpty()) {
            map.append("  ").append(from).append('\n');
          }
          for (String to : uses) {
            String arrow = onCycles.contains(from + " -> " + to) ? " ==> " : " --> ";
            map.append("  ").append(from).append(arrow).append(to).append('\n');
          }
        });
    return map.append(MAP_END).toString();
  }

  /** Tarjan's strongly connected components of the feature graph. */
  private static final class Components {

    private final SortedMap<String, SortedSet<String>> graph;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final Map<String, Integer> component = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new TreeSet<>();
    private int next;

    Components(SortedMap<String, SortedSet<String>> graph) {
      this.graph = graph;
    }

    Map<String, Integer> find() {
      for (String feature : graph.keySet()) {
        if (!index.containsKey(feature)) {
          visit(feature);
        }
      }
      return component;
    }

    private void visit(String feature) {
      index.put(feature, next);
      low.put(feature, next);
      next++;
      stack.push(feature);
      onStack.add(feature);
      for (String to : graph.getOrDefault(feature, new TreeSet<>())) {
        if (!index.containsKey(to)) {
          visit(to);
          low.put(feature, Math.min(low.get(feature), low.get(to)));
        } else if (onStack.contains(to)) {
          low.put(feature, Math.min(low.get(feature), index.get(to)));
        }
      }
      if (low.get(feature).equals(index.get(feature))) {
        String member;
        do {
          member = stack.pop();
          onStack.remove(member);
          component.put(member, index.get(feature));
        } while (!member.equals(feature));
      }
    }
  }
}
