package org.openneighbourhood.portal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openneighbourhood.portal.api.ApiContract.Direction;

/**
 * Every call of the portal's clients ({@link ApiClients#CLIENTS}, one per resource) is one the
 * API's OpenAPI document ({@code docs/openapi.json}, kept true to the running API by deployment's
 * {@code OpenApiDocumentIT}) offers: its path and method, its query and header parameters, the body
 * it sends and the answer it reads, field by field and choice by choice. A DTO copied by hand that
 * drifts from the API fails here, in the fast tier, rather than as a null on a page.
 */
class ContractTest {

  private static final java.nio.file.Path DOCUMENT =
      java.nio.file.Path.of(System.getProperty("basedir", "."))
          .resolve("../docs/openapi.json")
          .normalize();

  /** The rows of the pages the portal reads with {@link Paged#read}, by the call that asks. */
  private static final Map<String, Class<?>> PAGE_ROWS =
      Map.of(
          "searchServices", ServiceMatch.class,
          "planHistory", PlanHistoryEntry.class,
          "caseload", CaseloadEntry.class,
          "sentReferrals", Referral.class,
          "inbox", Referral.class);

  private static JsonObject document() {
    try (JsonReader reader = Json.createReader(Files.newBufferedReader(DOCUMENT))) {
      return reader.readObject();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(DOCUMENT + " is the API's OpenAPI document", e);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyCallIsOneTheApiOffers() {
    JsonObject document = document();
    ApiContract contract = new ApiContract(document);
    return ApiClients.CLIENTS.stream()
        .flatMap(client -> Arrays.stream(client.getMethods()))
        .filter(method -> httpMethod(method) != null)
        .sorted(Comparator.comparing(ContractTest::name))
        .map(
            method ->
                DynamicTest.dynamicTest(
                    name(method),
                    () -> {
                      List<String> found = disagreements(document, contract, method);
                      assertTrue(
                          found.isEmpty(), method.getName() + ":\n" + String.join("\n", found));
                    }));
  }

  private static String name(Method method) {
    return method.getDeclaringClass().getSimpleName() + "." + method.getName();
  }

  /**
   * Every client is covered: each REST client interface of the portal is in the list, every call of
   * each is a REST call, and every page read is named.
   */
  @Test
  void everyCallIsChecked() {
    List<String> interfaces =
        new com.tngtech.archunit.core.importer.ClassFileImporter()
            .importPackages("org.openneighbourhood.portal").stream()
                .filter(type -> type.isInterface() && type.isAnnotatedWith(Path.class))
                .map(com.tngtech.archunit.core.domain.JavaClass::getName)
                .sorted()
                .toList();
    assertEquals(interfaces, ApiClients.CLIENTS.stream().map(Class::getName).sorted().toList());
    for (Method method :
        ApiClients.CLIENTS.stream()
            .flatMap(client -> Arrays.stream(client.getMethods()))
            .toList()) {
      if (method.isDefault() || java.lang.reflect.Modifier.isStatic(method.getModifiers())) {
        continue;
      }
      assertNotNull(httpMethod(method), method.getName() + " has no HTTP method");
      if (method.getReturnType() == Response.class) {
        assertTrue(
            PAGE_ROWS.containsKey(method.getName()),
            method.getName() + " answers a Response: name the rows it reads in PAGE_ROWS");
      }
    }
  }

  /** The comparison finds what it is for: a field, a type and a choice that disagree. */
  @Test
  void aDriftedCopyIsFound() {
    JsonObject document =
        Json.createReader(
                new StringReader(
                    """
                    {"components": {"schemas": {
                      "Thing": {"type": "object", "required": ["name"], "properties": {
                        "id": {"type": "string", "format": "uuid"},
                        "name": {"type": "string"},
                        "size": {"type": "string"},
                        "status": {"enum": ["OPEN", "SHUT", "GONE"]}}}}}}
                    """))
            .readObject();
    ApiContract contract = new ApiContract(document);
    JsonObject thing = Json.createObjectBuilder().add("$ref", "#/components/schemas/Thing").build();

    assertEquals(List.of(), contract.disagreements(Agrees.class, thing, Direction.READ, "Thing"));
    List<String> read = contract.disagreements(Drifted.class, thing, Direction.READ, "Thing");
    assertEquals(3, read.size(), read::toString);
    assertTrue(read.get(0).startsWith("Thing.size: the portal expects a number"), read::toString);
    assertTrue(read.get(1).contains("[GONE]"), read::toString);
    assertTrue(read.get(2).startsWith("Thing.colour: the portal reads it"), read::toString);
    List<String> sent = contract.disagreements(Unnamed.class, thing, Direction.SENT, "Thing");
    assertEquals(List.of("Thing.name: the API requires it, the portal does not send it"), sent);
  }

  enum Status {
    OPEN,
    SHUT
  }

  record Agrees(java.util.UUID id, String name) {}

  record Drifted(java.util.UUID id, int size, Status status, String colour) {}

  record Unnamed(java.util.UUID id) {}

  private static List<String> disagreements(
      JsonObject document, ApiContract contract, Method method) {
    List<String> found = new ArrayList<>();
    String verb = httpMethod(method).toLowerCase(java.util.Locale.ROOT);
    List<String> paths = concrete(path(method));
    for (String path : paths) {
      String offered = offeredPath(document.getJsonObject("paths"), path);
      if (offered == null) {
        found.add(
            verb.toUpperCase(java.util.Locale.ROOT) + " " + path + ": the API has no such path");
        continue;
      }
      JsonObject operation =
          document.getJsonObject("paths").getJsonObject(offered).getJsonObject(verb);
      if (operation == null) {
        found.add(
            verb.toUpperCase(java.util.Locale.ROOT)
                + " "
                + offered
                + ": the API has no such method");
        continue;
      }
      String where = verb.toUpperCase(java.util.Locale.ROOT) + " " + offered;
      parameters(method, operation, where, contract, found);
      answer(method, operation, where, contract, found);
    }
    return found;
  }

  private static void parameters(
      Method method, JsonObject operation, String where, ApiContract contract, List<String> found) {
    List<String> offered = new ArrayList<>();
    for (JsonValue parameter :
        operation.getOrDefault("parameters", JsonValue.EMPTY_JSON_ARRAY).asJsonArray()) {
      JsonObject described = parameter.asJsonObject();
      offered.add(described.getString("in") + " " + described.getString("name"));
    }
    for (Parameter parameter : method.getParameters()) {
      QueryParam query = parameter.getAnnotation(QueryParam.class);
      HeaderParam header = parameter.getAnnotation(HeaderParam.class);
      if (query != null && !offered.contains("query " + query.value())) {
        found.add(where + ": the portal sends ?" + query.value() + ", which the API does not take");
      } else if (header != null && !offered.contains("header " + header.value())) {
        found.add(where + ": the portal sends " + header.value() + ", which the API does not read");
      } else if (query == null
          && header == null
          && parameter.getAnnotation(PathParam.class) == null) {
        JsonObject body =
            operation.containsKey("requestBody")
                ? operation
                    .getJsonObject("requestBody")
                    .getJsonObject("content")
                    .getJsonObject("application/json")
                : null;
        if (body == null || !body.containsKey("schema")) {
          found.add(where + ": the portal sends a body, the API's document takes none");
        } else {
          found.addAll(
              contract.disagreements(
                  parameter.getParameterizedType(),
                  body.getJsonObject("schema"),
                  Direction.SENT,
                  where
                      + " body "
                      + ApiContract.raw(parameter.getParameterizedType()).getSimpleName()));
        }
      }
    }
  }

  private static void answer(
      Method method, JsonObject operation, String where, ApiContract contract, List<String> found) {
    Type read = method.getGenericReturnType();
    if (read == void.class) {
      return;
    }
    if (read == Response.class) {
      read = new ListOf(PAGE_ROWS.get(method.getName()));
    }
    List<JsonObject> answers = new ArrayList<>();
    for (Map.Entry<String, JsonValue> response : operation.getJsonObject("responses").entrySet()) {
      JsonObject content = response.getValue().asJsonObject().getJsonObject("content");
      if ((response.getKey().startsWith("2") || response.getKey().equals("default"))
          && content != null
          && content.containsKey("application/json")) {
        answers.add(content.getJsonObject("application/json").getJsonObject("schema"));
      }
    }
    if (answers.isEmpty()) {
      found.add(where + ": the API's document does not say what it answers");
    }
    for (JsonObject answer : answers) {
      found.addAll(contract.disagreements(read, answer, Direction.READ, where + " answer"));
    }
  }

  /** The path as the API's document names it: the same segments, any name for a parameter. */
  private static String offeredPath(JsonObject paths, String path) {
    String[] wanted = path.split("/");
    for (String offered : paths.keySet()) {
      String[] segments = offered.split("/");
      if (segments.length != wanted.length) {
        continue;
      }
      boolean same = true;
      for (int i = 0; i < segments.length && same; i++) {
        same = parameter(wanted[i]) ? parameter(segments[i]) : wanted[i].equals(segments[i]);
      }
      if (same) {
        return offered;
      }
    }
    return null;
  }

  private static boolean parameter(String segment) {
    return segment.startsWith("{") && segment.endsWith("}");
  }

  /** The paths a call may take: {change} is each change of status the portal offers. */
  private static List<String> concrete(String path) {
    if (!path.contains("{change}")) {
      return List.of(path);
    }
    return Arrays.stream(Change.values())
        .map(change -> path.replace("{change}", change.path()))
        .toList();
  }

  private static String path(Method method) {
    Path path = method.getAnnotation(Path.class);
    return "/" + (path == null ? "" : path.value().replaceFirst("^/", ""));
  }

  private static String httpMethod(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (verb != null) {
        return verb.value();
      }
    }
    return null;
  }

  /** List&lt;rows&gt;, the body of a page. */
  private record ListOf(Class<?> rows) implements ParameterizedType {
    @Override
    public Type[] getActualTypeArguments() {
      return new Type[] {rows};
    }

    @Override
    public Type getRawType() {
      return List.class;
    }

    @Override
    public Type getOwnerType() {
      return null;
    }
  }

  @Test
  void theDocumentIsThere() {
    assertFalse(document().getJsonObject("paths").isEmpty(), DOCUMENT.toString());
  }
}
