package org.openneighbourhood.portal.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.Array;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Compares a type the portal sends or reads as JSON (through JSON-B: a record's components by name)
 * with a schema of the API's OpenAPI document, and lists every way they disagree. What the portal
 * reads, the API must write (a field the API never writes would read as null for ever); what the
 * portal sends, the API must take (the API refuses fields it does not know), and every field the
 * API requires must be sent.
 */
final class ApiContract {

  enum Direction {
    SENT,
    READ
  }

  private final JsonObject schemas;

  /** The records compared in this call so far: a type that contains itself is compared once. */
  private final Set<String> compared = new HashSet<>();

  ApiContract(JsonObject document) {
    this.schemas = document.getJsonObject("components").getJsonObject("schemas");
  }

  /** Every disagreement between the Java type and the schema, each saying where it is. */
  List<String> disagreements(Type type, JsonObject schema, Direction direction, String where) {
    List<String> found = new ArrayList<>();
    compared.clear();
    compare(type, schema, direction, where, found);
    return found;
  }

  private void compare(
      Type type, JsonObject schema, Direction direction, String where, List<String> found) {
    JsonObject resolved = resolve(schema);
    Class<?> raw = raw(type);
    String kind = resolved.getString("type", resolved.containsKey("enum") ? "string" : "object");
    if (raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
      return;
    }
    if (raw == String.class) {
      expect(kind.equals("string"), where, "text", resolved, found);
    } else if (raw == UUID.class) {
      expect(
          kind.equals("string")
              && (direction == Direction.SENT || "uuid".equals(resolved.getString("format", ""))),
          where,
          "a uuid",
          resolved,
          found);
    } else if (raw == LocalDate.class) {
      expect(formatted(resolved, kind, "date"), where, "a date", resolved, found);
    } else if (raw == Instant.class || raw == OffsetDateTime.class) {
      expect(formatted(resolved, kind, "date-time"), where, "a date-time", resolved, found);
    } else if (raw == LocalTime.class) {
      expect(kind.equals("string"), where, "a time", resolved, found);
    } else if (whole(raw)) {
      expect(kind.equals("integer") || kind.equals("number"), where, "a number", resolved, found);
    } else if (raw == double.class || raw == Double.class || raw == BigDecimal.class) {
      expect(kind.equals("number") || kind.equals("integer"), where, "a number", resolved, found);
    } else if (raw == boolean.class || raw == Boolean.class) {
      expect(kind.equals("boolean"), where, "true or false", resolved, found);
    } else if (raw.isEnum()) {
      choices(raw, resolved, direction, where, found);
    } else if (Collection.class.isAssignableFrom(raw)) {
      if (expect(kind.equals("array"), where, "a list", resolved, found)) {
        compare(argument(type, 0), resolved.getJsonObject("items"), direction, where + "[]", found);
      }
    } else if (Map.class.isAssignableFrom(raw)) {
      if (expect(kind.equals("object"), where, "an object", resolved, found)
          && resolved.get("additionalProperties") instanceof JsonObject values) {
        compare(argument(type, 1), values, direction, where + "{}", found);
      }
    } else if (raw.isRecord()) {
      fields(raw, schema, resolved, direction, where, found);
    } else {
      found.add(where + ": the portal's " + raw.getName() + " is not a JSON type this test knows");
    }
  }

  private void fields(
      Class<?> record,
      JsonObject schema,
      JsonObject resolved,
      Direction direction,
      String where,
      List<String> found) {
    if (!compared.add(record.getName() + " " + direction + " " + schema)) {
      return;
    }
    JsonObject properties =
        resolved.containsKey("properties")
            ? resolved.getJsonObject("properties")
            : JsonValue.EMPTY_JSON_OBJECT;
    Set<String> names = new HashSet<>();
    for (RecordComponent component : record.getRecordComponents()) {
      String name = component.getName();
      names.add(name);
      String at = where + "." + name;
      if (!properties.containsKey(name)) {
        found.add(
            at
                + (direction == Direction.READ
                    ? ": the portal reads it, the API does not write it"
                    : ": the portal sends it, the API does not take it"));
        continue;
      }
      compare(component.getGenericType(), properties.getJsonObject(name), direction, at, found);
    }
    if (direction == Direction.SENT && resolved.containsKey("required")) {
      for (JsonString required : resolved.getJsonArray("required").getValuesAs(JsonString.class)) {
        if (!names.contains(required.getString())) {
          found.add(
              where
                  + "."
                  + required.getString()
                  + ": the API requires it, the portal does not send it");
        }
      }
    }
  }

  private static void choices(
      Class<?> enumeration,
      JsonObject schema,
      Direction direction,
      String where,
      List<String> found) {
    Set<String> portal =
        Arrays.stream(enumeration.getEnumConstants())
            .map(constant -> ((Enum<?>) constant).name())
            .collect(Collectors.toSet());
    if (!schema.containsKey("enum")) {
      found.add(where + ": the portal has a choice of " + portal + ", the API says " + schema);
      return;
    }
    Set<String> api =
        schema.getJsonArray("enum").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .collect(Collectors.toSet());
    Set<String> missing = new HashSet<>(direction == Direction.READ ? api : portal);
    missing.removeAll(direction == Direction.READ ? portal : api);
    if (!missing.isEmpty()) {
      found.add(
          where
              + (direction == Direction.READ
                  ? ": the API may write " + missing + ", which the portal cannot read"
                  : ": the portal may send " + missing + ", which the API does not take"));
    }
  }

  /** The schema itself, following a $ref (and a single allOf) to the components. */
  JsonObject resolve(JsonObject schema) {
    JsonObject at = schema;
    while (true) {
      if (at.containsKey("$ref")) {
        String name = at.getString("$ref").substring("#/components/schemas/".length());
        if (!schemas.containsKey(name)) {
          throw new IllegalStateException("The document names a schema it lacks: " + name);
        }
        at = schemas.getJsonObject(name);
      } else if (at.containsKey("allOf") && at.getJsonArray("allOf").size() == 1) {
        at = at.getJsonArray("allOf").getJsonObject(0);
      } else {
        return at;
      }
    }
  }

  private static boolean formatted(JsonObject schema, String kind, String format) {
    return kind.equals("string") && format.equals(schema.getString("format", ""));
  }

  private static boolean whole(Class<?> raw) {
    return raw == int.class
        || raw == Integer.class
        || raw == long.class
        || raw == Long.class
        || raw == short.class
        || raw == Short.class;
  }

  private static boolean expect(
      boolean agrees, String where, String portal, JsonObject schema, List<String> found) {
    if (!agrees) {
      found.add(where + ": the portal expects " + portal + ", the API says " + schema);
    }
    return agrees;
  }

  static Class<?> raw(Type type) {
    if (type instanceof Class<?> plain) {
      return plain;
    }
    if (type instanceof ParameterizedType generic) {
      return (Class<?>) generic.getRawType();
    }
    if (type instanceof java.lang.reflect.GenericArrayType array) {
      return Array.newInstance(raw(array.getGenericComponentType()), 0).getClass();
    }
    return Object.class;
  }

  private static Type argument(Type type, int index) {
    return type instanceof ParameterizedType generic
        ? generic.getActualTypeArguments()[index]
        : Object.class;
  }
}
