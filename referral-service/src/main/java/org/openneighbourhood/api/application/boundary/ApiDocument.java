package org.openneighbourhood.api.application.boundary;

import jakarta.json.JsonValue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.openneighbourhood.api.audit.boundary.MyAccessLogResource;
import org.openneighbourhood.api.audit.boundary.OrganisationAccessLogResource;
import org.openneighbourhood.api.calendar.boundary.BankHolidaysResource;
import org.openneighbourhood.api.caseload.boundary.CaseloadResource;
import org.openneighbourhood.api.directory.boundary.ServicesResource;
import org.openneighbourhood.api.http.boundary.Answers;
import org.openneighbourhood.api.identity.boundary.SessionsResource;
import org.openneighbourhood.api.openreferral.boundary.OpenReferralResource;
import org.openneighbourhood.api.organisation.boundary.OrganisationsResource;
import org.openneighbourhood.api.person.boundary.MeResource;
import org.openneighbourhood.api.person.boundary.PeopleResource;
import org.openneighbourhood.api.plan.boundary.MyPlanResource;
import org.openneighbourhood.api.plan.boundary.PlanResource;
import org.openneighbourhood.api.referral.boundary.MyReferralsResource;
import org.openneighbourhood.api.referral.boundary.ReferralsResource;
import org.openneighbourhood.api.relationship.boundary.CareTeamResource;
import org.openneighbourhood.api.relationship.boundary.MyCareTeamResource;
import org.openneighbourhood.api.relationship.boundary.MyConsentsResource;
import org.openneighbourhood.api.reporting.boundary.ReportsResource;
import org.openneighbourhood.api.staff.boundary.StaffResource;

/**
 * The bodies in the OpenAPI document ({@code docs/openapi.json}), written from the Java types the
 * resources read and write, as JSON-B reads and writes them: a record's components, a class's
 * public fields; UUIDs, dates and instants as formatted strings; Bean Validation's limits as the
 * schema's. Payara's generator leaves out fields it cannot type (UUIDs and dates in classes) and
 * writes {@code "type": "object"} for the rows of a page, so the schemas are not left to it: it
 * supplies the paths, parameters and summaries, this filter every body. The portal's client is
 * checked against the result (portal-web's {@code ContractTest}).
 */
public class ApiDocument implements OASFilter {

  /** Every resource of the API; ApiDocumentTest checks that none is left out. */
  static final List<Class<?>> RESOURCES =
      List.of(
          BankHolidaysResource.class,
          CareTeamResource.class,
          CaseloadResource.class,
          MeResource.class,
          MyAccessLogResource.class,
          MyCareTeamResource.class,
          MyConsentsResource.class,
          MyPlanResource.class,
          MyReferralsResource.class,
          OpenReferralResource.class,
          OrganisationAccessLogResource.class,
          OrganisationsResource.class,
          PeopleResource.class,
          PlanResource.class,
          ReferralsResource.class,
          ReportsResource.class,
          ServicesResource.class,
          SessionsResource.class,
          StaffResource.class);

  private static final String JSON = "application/json";

  private final Map<String, Schema> components = new TreeMap<>();
  private final Map<Class<?>, String> named = new HashMap<>();

  /**
   * Takes out what Payara's generator writes for every {@code @Schema} whether or not it was asked
   * for: {@code maxProperties: 0} (which would forbid every property), {@code nullable: false} (on
   * fields that are null until set) and the other keywords at their default.
   */
  @Override
  public Schema filterSchema(Schema schema) {
    if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
      schema.setMaxProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinProperties())) {
      schema.setMinProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinLength())) {
      schema.setMinLength(null);
    }
    if (Boolean.FALSE.equals(schema.getNullable())) {
      schema.setNullable(null);
    }
    if (Boolean.FALSE.equals(schema.getDeprecated())) {
      schema.setDeprecated(null);
    }
    if (Boolean.FALSE.equals(schema.getReadOnly())) {
      schema.setReadOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getWriteOnly())) {
      schema.setWriteOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getUniqueItems())) {
      schema.setUniqueItems(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
      schema.setExclusiveMaximum(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
      schema.setExclusiveMinimum(null);
    }
    return schema;
  }

  @Override
  public void filterOpenAPI(OpenAPI document) {
    if (document.getPaths() == null) {
      return;
    }
    for (Class<?> resource : RESOURCES) {
      for (Method method : resource.getMethods()) {
        String verb = verb(method);
        if (verb != null) {
          PathItem item = document.getPaths().getPathItem(path(resource, method));
          Operation operation =
              item == null
                  ? null
                  : item.getOperations()
                      .get(PathItem.HttpMethod.valueOf(verb.toUpperCase(Locale.ROOT)));
          if (operation != null) {
            bodies(method, operation);
          }
        }
      }
    }
    if (document.getTags() != null) {
      // Payara writes a resource's @Tag once per class: several classes share "Me".
      Map<String, org.eclipse.microprofile.openapi.models.tags.Tag> tags = new TreeMap<>();
      document.getTags().forEach(tag -> tags.putIfAbsent(tag.getName(), tag));
      document.setTags(new ArrayList<>(tags.values()));
    }
    if (document.getComponents() == null) {
      document.setComponents(OASFactory.createComponents());
    }
    document.getComponents().setSchemas(new TreeMap<>(components));
  }

  private void bodies(Method method, Operation operation) {
    for (Parameter parameter : method.getParameters()) {
      if (body(parameter)
          && operation.getRequestBody() != null
          && operation.getRequestBody().getContent() != null) {
        MediaType json = operation.getRequestBody().getContent().getMediaType(JSON);
        if (json != null) {
          json.setSchema(schema(parameter.getParameterizedType()));
        }
      }
    }
    if (operation.getResponses() == null) {
      return;
    }
    Answers answers = method.getAnnotation(Answers.class);
    if (answers == null) {
      if (method.getReturnType() != Response.class) {
        answer(operation, "default", schema(method.getGenericReturnType()));
      }
      return;
    }
    String thing = thing(answers.value());
    Schema body = schema(answers.value());
    operation.getResponses().removeAPIResponse("default");
    String status = String.valueOf(answers.status());
    String said =
        !answers.description().isEmpty()
            ? answers.description()
            : answers.page()
                ? "A page of " + plural(thing) + "; X-Total-Count, and Link rel next/prev"
                : answers.status() == 201
                    ? "Created; the " + thing + " as it is now"
                    : "The " + thing + " as it is now";
    operation.getResponses().removeAPIResponse(status);
    operation
        .getResponses()
        .addAPIResponse(status, response(said, answers.page() ? array(body) : body));
    if (answers.retry()) {
      operation
          .getResponses()
          .addAPIResponse(
              "200",
              response(
                  "A retry with the same Idempotency-Key: the first request's " + thing, body));
    }
  }

  private static org.eclipse.microprofile.openapi.models.responses.APIResponse response(
      String description, Schema body) {
    return OASFactory.createAPIResponse()
        .description(description)
        .content(
            OASFactory.createContent()
                .addMediaType(JSON, OASFactory.createMediaType().schema(body)));
  }

  /** "referral" is "referrals", "caseload entry" "caseload entries", "service match" ... */
  static String plural(String thing) {
    if (thing.matches(".*[^aeiou]y")) {
      return thing.substring(0, thing.length() - 1) + "ies";
    }
    return thing.matches(".*(s|x|ch|sh)") ? thing + "es" : thing + "s";
  }

  /** "ReferralView" is a referral, "StaffMemberView" a staff member. */
  static String thing(Class<?> type) {
    return type.getSimpleName()
        .replaceFirst("View$", "")
        .replaceAll("([a-z])([A-Z])", "$1 $2")
        .toLowerCase(Locale.ROOT);
  }

  private static void answer(Operation operation, String code, Schema schema) {
    org.eclipse.microprofile.openapi.models.responses.APIResponse response =
        operation.getResponses().getAPIResponse(code);
    if (schema == null || response == null || response.getContent() == null) {
      return;
    }
    MediaType json = response.getContent().getMediaType(JSON);
    if (json != null) {
      json.setSchema(schema);
    }
  }

  /** The schema of a Java type as JSON-B writes it; records and classes go to the components. */
  Schema schema(Type type) {
    Class<?> raw = raw(type);
    if (raw == String.class || raw == char.class || raw == Character.class) {
      return string(null);
    }
    if (raw == UUID.class) {
      return string("uuid");
    }
    if (raw == LocalDate.class) {
      return string("date");
    }
    if (raw == Instant.class || raw == OffsetDateTime.class) {
      return string("date-time");
    }
    if (raw == LocalTime.class) {
      return string("time");
    }
    if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class) {
      return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32");
    }
    if (raw == long.class || raw == Long.class) {
      return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int64");
    }
    if (raw == double.class || raw == Double.class || raw == BigDecimal.class) {
      return OASFactory.createSchema().type(Schema.SchemaType.NUMBER);
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN);
    }
    if (raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
      return OASFactory.createSchema();
    }
    if (Collection.class.isAssignableFrom(raw)) {
      return array(schema(argument(type, 0)));
    }
    if (raw.isArray()) {
      return array(schema(raw.getComponentType()));
    }
    if (Map.class.isAssignableFrom(raw)) {
      return OASFactory.createSchema()
          .type(Schema.SchemaType.OBJECT)
          .additionalPropertiesSchema(schema(argument(type, 1)));
    }
    return reference(component(raw));
  }

  private String component(Class<?> type) {
    String name = named.get(type);
    if (name != null) {
      return name;
    }
    name = type.getSimpleName();
    if (components.containsKey(name) || named.containsValue(name)) {
      name =
          type.getEnclosingClass() == null
              ? type.getName()
              : type.getEnclosingClass().getSimpleName() + name;
    }
    named.put(type, name);
    components.put(name, type.isEnum() ? choices(type) : object(type));
    return name;
  }

  private static Schema choices(Class<?> enumeration) {
    List<Object> names = new ArrayList<>();
    for (Object constant : enumeration.getEnumConstants()) {
      names.add(((Enum<?>) constant).name());
    }
    return OASFactory.createSchema().type(Schema.SchemaType.STRING).enumeration(names);
  }

  private Schema object(Class<?> type) {
    Schema object = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
    description(object, type);
    for (Map.Entry<String, Property> entry : properties(type).entrySet()) {
      Property property = entry.getValue();
      Schema schema = schema(property.type());
      limits(schema, property.annotated());
      object.addProperty(entry.getKey(), schema);
      if (required(property.annotated())) {
        object.addRequired(entry.getKey());
      }
    }
    return object;
  }

  private record Property(Type type, AnnotatedElement annotated) {}

  /** A record's components, or a class's public instance fields, in declaration order. */
  private static Map<String, Property> properties(Class<?> type) {
    Map<String, Property> properties = new LinkedHashMap<>();
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        properties.put(
            component.getName(),
            new Property(component.getGenericType(), declaredField(type, component.getName())));
      }
      return properties;
    }
    for (Field field : type.getFields()) {
      if (!Modifier.isStatic(field.getModifiers())) {
        properties.put(field.getName(), new Property(field.getGenericType(), field));
      }
    }
    return properties;
  }

  private static AnnotatedElement declaredField(Class<?> record, String name) {
    try {
      return record.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(record.getName() + " has no field for " + name, e);
    }
  }

  private static boolean required(AnnotatedElement element) {
    return element.isAnnotationPresent(NotNull.class)
        || element.isAnnotationPresent(NotBlank.class)
        || element.isAnnotationPresent(NotEmpty.class);
  }

  /** Bean Validation's limits and the @Schema description, written into the property's schema. */
  private static void limits(Schema schema, AnnotatedElement element) {
    boolean list = schema.getType() == Schema.SchemaType.ARRAY;
    Size size = element.getAnnotation(Size.class);
    if (size != null) {
      if (size.max() != Integer.MAX_VALUE) {
        if (list) {
          schema.setMaxItems(size.max());
        } else {
          schema.setMaxLength(size.max());
        }
      }
      if (size.min() > 0) {
        if (list) {
          schema.setMinItems(size.min());
        } else {
          schema.setMinLength(size.min());
        }
      }
    }
    Pattern pattern = element.getAnnotation(Pattern.class);
    if (pattern != null) {
      schema.setPattern(pattern.regexp());
    }
    Min min = element.getAnnotation(Min.class);
    if (min != null) {
      schema.setMinimum(BigDecimal.valueOf(min.value()));
    }
    Max max = element.getAnnotation(Max.class);
    if (max != null) {
      schema.setMaximum(BigDecimal.valueOf(max.value()));
    }
    if (element.isAnnotationPresent(Email.class)) {
      schema.setFormat("email");
    }
    if (element.isAnnotationPresent(NotBlank.class) && schema.getPattern() == null) {
      schema.setPattern("\\S");
    }
    description(schema, element);
  }

  private static void description(Schema schema, AnnotatedElement element) {
    org.eclipse.microprofile.openapi.annotations.media.Schema described =
        element.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
    if (described != null && !described.description().isEmpty()) {
      if (schema.getRef() != null) {
        // A $ref takes no siblings: the description goes with the property through allOf.
        Schema referred = OASFactory.createSchema().ref(schema.getRef());
        schema.setRef(null);
        schema.addAllOf(referred);
      }
      schema.setDescription(described.description());
    }
  }

  private static Schema reference(String name) {
    return OASFactory.createSchema().ref(name);
  }

  private static Schema array(Schema items) {
    return OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(items);
  }

  private static Schema string(String format) {
    Schema string = OASFactory.createSchema().type(Schema.SchemaType.STRING);
    return format == null ? string : string.format(format);
  }

  private static boolean body(Parameter parameter) {
    for (java.lang.annotation.Annotation annotation : parameter.getAnnotations()) {
      String name = annotation.annotationType().getPackageName();
      if (name.equals("jakarta.ws.rs") || name.equals("jakarta.ws.rs.core")) {
        return false;
      }
    }
    return true;
  }

  static String verb(Method method) {
    for (java.lang.annotation.Annotation annotation : method.getAnnotations()) {
      HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (verb != null) {
        return verb.value();
      }
    }
    return null;
  }

  static String path(Class<?> resource, Method method) {
    StringBuilder path = new StringBuilder();
    for (Path part :
        new Path[] {resource.getAnnotation(Path.class), method.getAnnotation(Path.class)}) {
      if (part != null) {
        String value = part.value().replaceAll("^/+|/+$", "");
        if (!value.isEmpty()) {
          path.append('/').append(value);
        }
      }
    }
    return path.length() == 0 ? "/" : path.toString();
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> plain) {
      return plain;
    }
    if (type instanceof ParameterizedType generic) {
      return (Class<?>) generic.getRawType();
    }
    return Object.class;
  }

  private static Type argument(Type type, int index) {
    return type instanceof ParameterizedType generic
        ? generic.getActualTypeArguments()[index]
        : Object.class;
  }
}
