package org.openneighbourhood.api.problem.control;

import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.openneighbourhood.api.problem.entity.FieldProblem;
import org.openneighbourhood.api.problem.entity.IgnoresUnknownFields;

/**
 * Checks a JSON body against the Java type it is read into, before the JSON binding reads it, which
 * is lenient: it turns {@code 1} and {@code "yes"} into booleans, drops the fraction of {@code 1.9}
 * and skips fields it does not know. Here a boolean is {@code true} or {@code false}, a whole
 * number is one and fits, text is a string, a list is an array, an id, a date or a choice from a
 * list is written as one, and a field the type does not have is refused, unless the type is a
 * published document read only in part ({@link IgnoresUnknownFields}). Every problem names its
 * field by the dotted path the other field errors use, so a client can show it next to the field. A
 * body that starts as JSON but is not is refused as the JSON binding would refuse it.
 */
public final class JsonShape {

  /**
   * Found once: {@code Json.createParser} looks JSON-P's provider up again at every call, through
   * the class loaders (a cost per request that showed in the profile).
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  static final String UNKNOWN = "Remove this field: this request does not take it";
  static final String BOOLEAN = "Send true or false";
  static final String WHOLE_NUMBER = "Send a whole number";
  static final String NUMBER = "Send a number";

  /** The most digits either side of the point that a number in a request may reach. */
  private static final int MOST_DIGITS = 1000;

  static final String TEXT = "Send this as text";
  static final String LIST = "Send a list";
  static final String OBJECT = "Send an object with named fields";
  static final String ID = "Send an id like 3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f";
  static final String DATE = "Send a date like 2026-04-30";
  static final String TIME = "Send a time like 09:30";

  /** More are not useful to a client, and a hostile body could otherwise list millions. */
  private static final int MOST_PROBLEMS = 20;

  private static final Map<Class<?>, long[]> WHOLE_NUMBER_RANGES =
      Map.of(
          int.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
          Integer.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
          long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
          Long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
          short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
          Short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE});

  private static final Map<Class<?>, Map<String, Type>> PROPERTIES = new ConcurrentHashMap<>();

  private JsonShape() {}

  /** Whether bodies read as this type are checked: not when the resource reads the raw body. */
  public static boolean checks(Class<?> type) {
    return type != String.class
        && type != byte[].class
        && type != Object.class
        && !InputStream.class.isAssignableFrom(type)
        && !Reader.class.isAssignableFrom(type)
        && !JsonValue.class.isAssignableFrom(type);
  }

  /**
   * What is wrong with the body for the type; empty when nothing is, or when the body does not even
   * start a JSON value (an empty body).
   *
   * @throws JsonbException when the body starts a JSON value but is not JSON, as the JSON binding
   *     would say: it is not given such a body, because its skipping of a field the type does not
   *     take, cut short by the end of the body, never ends (Yasson 3.0 with Parsson 1.1)
   */
  public static List<FieldProblem> problemsIn(InputStream json, Type expected) {
    List<FieldProblem> problems = new ArrayList<>();
    boolean started = false;
    try (JsonParser parser = JSON.createParser(json)) {
      if (parser.hasNext()) {
        started = true;
        value(parser, parser.next(), expected, "", problems);
      }
    } catch (JsonException | NoSuchElementException | IllegalStateException notJson) {
      if (started) {
        throw new JsonbException("The body is not JSON", notJson);
      }
      // no JSON value at all, an empty body among them: the reader answers it as before
    }
    return problems;
  }

  private static void value(
      JsonParser parser, Event event, Type expected, String field, List<FieldProblem> problems) {
    Class<?> type = rawClass(expected);
    if (problems.size() >= MOST_PROBLEMS) {
      skip(parser, event);
    } else if (event == Event.VALUE_NULL) {
      if (type.isPrimitive()) {
        refuse(problems, field, type == boolean.class ? BOOLEAN : NUMBER);
      }
    } else if (type == Object.class || JsonValue.class.isAssignableFrom(type)) {
      skip(parser, event);
    } else if (type == boolean.class || type == Boolean.class) {
      expect(
          parser,
          event,
          event == Event.VALUE_TRUE || event == Event.VALUE_FALSE,
          field,
          BOOLEAN,
          problems);
    } else if (WHOLE_NUMBER_RANGES.containsKey(type)) {
      wholeNumber(parser, event, WHOLE_NUMBER_RANGES.get(type), field, problems);
    } else if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
      expect(
          parser,
          event,
          event == Event.VALUE_NUMBER && readable(parser).isPresent(),
          field,
          NUMBER,
          problems);
    } else if (type == String.class) {
      expect(parser, event, event == Event.VALUE_STRING, field, TEXT, problems);
    } else if (type.isEnum()) {
      choice(parser, event, type, field, problems);
    } else if (type == UUID.class) {
      written(parser, event, field, ID, problems, text -> UUID.fromString(text));
    } else if (type == LocalDate.class) {
      written(parser, event, field, DATE, problems, JsonShape::calendarDate);
    } else if (type == LocalTime.class) {
      written(
          parser,
          event,
          field,
          TIME,
          problems,
          text -> LocalTime.parse(text, DateTimeFormatter.ISO_LOCAL_TIME));
    } else if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      list(parser, event, elementType(expected), field, problems);
    } else if (Map.class.isAssignableFrom(type)) {
      map(parser, event, typeArgument(expected, 1), field, problems);
    } else if (type.getName().startsWith("java.")) {
      // Other JDK types (a URI, a duration) are left to the JSON reader.
      skip(parser, event);
    } else {
      object(parser, event, type, field, problems);
    }
  }

  private static void expect(
      JsonParser parser,
      Event event,
      boolean fits,
      String field,
      String message,
      List<FieldProblem> problems) {
    if (!fits) {
      refuse(problems, field, message);
      skip(parser, event);
    }
  }

  private static void wholeNumber(
      JsonParser parser, Event event, long[] range, String field, List<FieldProblem> problems) {
    if (event != Event.VALUE_NUMBER) {
      expect(parser, event, false, field, WHOLE_NUMBER, problems);
      return;
    }
    Optional<BigDecimal> read = parsed(parser);
    if (read.isEmpty()) {
      refuse(problems, field, WHOLE_NUMBER);
      return;
    }
    BigDecimal number = read.get();
    if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
      refuse(problems, field, WHOLE_NUMBER);
    } else if (number.compareTo(BigDecimal.valueOf(range[1])) > 0) {
      refuse(problems, field, "Send a whole number no larger than " + range[1]);
    } else if (number.compareTo(BigDecimal.valueOf(range[0])) < 0) {
      refuse(problems, field, "Send a whole number no smaller than " + range[0]);
    }
  }

  /**
   * The number the parser is on, if Java can hold it: empty for an exponent beyond an int ({@code
   * 2.0E99999999999}). A whole number's range is then checked by comparing, which costs nothing
   * however large the exponent.
   */
  private static Optional<BigDecimal> parsed(JsonParser parser) {
    try {
      return Optional.of(parser.getBigDecimal());
    } catch (NumberFormatException | ArithmeticException unreadable) {
      return Optional.empty();
    }
  }

  /**
   * The same, for a field read as a decimal or floating-point number: also empty for one so far
   * from 1 ({@code 1E999999999}) that turning it into the field's type would take the server's time
   * and memory.
   */
  private static Optional<BigDecimal> readable(JsonParser parser) {
    return parsed(parser)
        .filter(
            number ->
                Math.abs((long) number.precision() - number.scale()) <= MOST_DIGITS
                    && Math.abs((long) number.scale()) <= MOST_DIGITS);
  }

  private static void choice(
      JsonParser parser, Event event, Class<?> type, String field, List<FieldProblem> problems) {
    String choices =
        Arrays.stream(type.getEnumConstants())
            .map(constant -> ((Enum<?>) constant).name())
            .collect(Collectors.joining(", "));
    String message = "Choose one of: " + choices;
    if (event != Event.VALUE_STRING) {
      expect(parser, event, false, field, message, problems);
      return;
    }
    String text = parser.getString();
    boolean known =
        Arrays.stream(type.getEnumConstants()).anyMatch(c -> ((Enum<?>) c).name().equals(text));
    if (!known) {
      refuse(problems, field, message);
    }
  }

  /** A value written as text in one format: an id, a date, a time. */
  private static void written(
      JsonParser parser,
      Event event,
      String field,
      String message,
      List<FieldProblem> problems,
      Consumer<String> parse) {
    if (event != Event.VALUE_STRING) {
      expect(parser, event, false, field, message, problems);
      return;
    }
    try {
      parse.accept(parser.getString());
    } catch (IllegalArgumentException | DateTimeParseException wrong) {
      refuse(problems, field, message);
    }
  }

  /**
   * A date with a year of four digits. ISO also reads years such as +999999999, which PostgreSQL
   * cannot store (its dates end in 5874897) and no request of this API means.
   */
  public static LocalDate calendarDate(String text) {
    LocalDate date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    if (date.getYear() < 1 || date.getYear() > 9999) {
      throw new IllegalArgumentException("Not a calendar date: year " + date.getYear());
    }
    return date;
  }

  private static void list(
      JsonParser parser, Event event, Type element, String field, List<FieldProblem> problems) {
    if (event != Event.START_ARRAY) {
      expect(parser, event, false, field, LIST, problems);
      return;
    }
    for (Event next = parser.next(); next != Event.END_ARRAY; next = parser.next()) {
      value(parser, next, element, field, problems);
    }
  }

  private static void map(
      JsonParser parser, Event event, Type values, String field, List<FieldProblem> problems) {
    if (event != Event.START_OBJECT) {
      expect(parser, event, false, field, OBJECT, problems);
      return;
    }
    for (Event next = parser.next(); next != Event.END_OBJECT; next = parser.next()) {
      String key = parser.getString();
      value(parser, parser.next(), values, dotted(field, key), problems);
    }
  }

  private static void object(
      JsonParser parser, Event event, Class<?> type, String field, List<FieldProblem> problems) {
    if (event != Event.START_OBJECT) {
      expect(parser, event, false, field, OBJECT, problems);
      return;
    }
    Map<String, Type> properties = PROPERTIES.computeIfAbsent(type, JsonShape::propertiesOf);
    boolean tolerant = type.isAnnotationPresent(IgnoresUnknownFields.class);
    for (Event next = parser.next(); next != Event.END_OBJECT; next = parser.next()) {
      String key = parser.getString();
      Event valueEvent = parser.next();
      Type property = properties.get(key);
      if (property != null) {
        value(parser, valueEvent, property, dotted(field, key), problems);
      } else {
        if (!tolerant && problems.size() < MOST_PROBLEMS) {
          refuse(problems, dotted(field, key), UNKNOWN);
        }
        skip(parser, valueEvent);
      }
    }
  }

  /** The properties the JSON binding would set: record components, fields and setters. */
  private static Map<String, Type> propertiesOf(Class<?> type) {
    Map<String, Type> properties = new HashMap<>();
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        properties.put(component.getName(), component.getGenericType());
      }
    }
    for (Class<?> level = type;
        level != null && level != Object.class;
        level = level.getSuperclass()) {
      for (Field field : level.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (!Modifier.isStatic(modifiers)
            && !Modifier.isTransient(modifiers)
            && !field.isSynthetic()
            && !field.isAnnotationPresent(JsonbTransient.class)) {
          JsonbProperty renamed = field.getAnnotation(JsonbProperty.class);
          String name =
              renamed != null && !renamed.value().isEmpty() ? renamed.value() : field.getName();
          properties.putIfAbsent(name, field.getGenericType());
        }
      }
      for (Method method : level.getDeclaredMethods()) {
        String name = method.getName();
        if (Modifier.isPublic(method.getModifiers())
            && !Modifier.isStatic(method.getModifiers())
            && name.length() > 3
            && name.startsWith("set")
            && method.getParameterCount() == 1) {
          properties.putIfAbsent(
              name.substring(3, 4).toLowerCase(Locale.ROOT) + name.substring(4),
              method.getGenericParameterTypes()[0]);
        }
      }
    }
    return Map.copyOf(properties);
  }

  /** Passes over a value and everything inside it, without recursion however deep it nests. */
  private static void skip(JsonParser parser, Event event) {
    if (event != Event.START_OBJECT && event != Event.START_ARRAY) {
      return;
    }
    int depth = 1;
    while (depth > 0) {
      Event next = parser.next();
      if (next == Event.START_OBJECT || next == Event.START_ARRAY) {
        depth++;
      } else if (next == Event.END_OBJECT || next == Event.END_ARRAY) {
        depth--;
      }
    }
  }

  private static void refuse(List<FieldProblem> problems, String field, String message) {
    if (problems.size() < MOST_PROBLEMS) {
      problems.add(new FieldProblem(field.isEmpty() ? "body" : field, message));
    }
  }

  /** Keys joined by dots, without list indexes, as the other field errors name fields. */
  private static String dotted(String field, String key) {
    return field.isEmpty() ? key : field + "." + key;
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> plain) {
      return plain;
    }
    if (type instanceof ParameterizedType parameterized) {
      return rawClass(parameterized.getRawType());
    }
    if (type instanceof GenericArrayType array) {
      return rawClass(array.getGenericComponentType()).arrayType();
    }
    if (type instanceof WildcardType wildcard) {
      return rawClass(wildcard.getUpperBounds()[0]);
    }
    return Object.class;
  }

  private static Type elementType(Type collection) {
    if (collection instanceof Class<?> plain && plain.isArray()) {
      return plain.getComponentType();
    }
    if (collection instanceof GenericArrayType array) {
      return array.getGenericComponentType();
    }
    return typeArgument(collection, 0);
  }

  private static Type typeArgument(Type type, int index) {
    if (type instanceof ParameterizedType parameterized
        && parameterized.getActualTypeArguments().length > index) {
      return parameterized.getActualTypeArguments()[index];
    }
    return Object.class;
  }
}
