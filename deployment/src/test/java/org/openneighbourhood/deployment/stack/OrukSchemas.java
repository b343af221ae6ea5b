package org.openneighbourhood.deployment.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * The Open Referral UK profile's JSON Schemas (copied into {@code src/test/resources/oruk}, with
 * their licence), checked with a JSON Schema validator: draft 2020-12 as the profile's openapi.json
 * declares, with formats asserted (uuid, email, uri, date-time). A page is checked against the
 * openapi.json {@code Page} schema, every member of it present, and each item against the item
 * schema the openapi.json names for that list.
 */
public final class OrukSchemas {

  /** A schema the API's answers are checked against. */
  public enum Kind {
    SERVICE("schema/compiled/service.json"),
    SERVICE_LIST_ITEM("schema/compiled/service_list.json"),
    SERVICE_AT_LOCATION("schema/compiled/service_at_location.json"),
    SERVICE_AT_LOCATION_LIST_ITEM("schema/compiled/service_at_location_list.json"),
    TAXONOMY("schema/taxonomy.json"),
    TAXONOMY_TERM("schema/taxonomy_term.json");

    final String path;

    Kind(String path) {
      this.path = path;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
  private static final List<String> PAGE_MEMBERS =
      List.of(
          "total_items",
          "total_pages",
          "page_number",
          "size",
          "first_page",
          "last_page",
          "empty",
          "contents");

  private OrukSchemas() {}

  /** The schema violations of {@code json}; empty when it is valid. */
  public static Set<ValidationMessage> violations(Kind kind, JsonNode json) {
    return schema(kind).validate(json);
  }

  public static void assertValid(Kind kind, JsonNode json) {
    Set<ValidationMessage> violations = violations(kind, json);
    assertTrue(violations.isEmpty(), () -> kind + ": " + violations + " in " + json);
  }

  /** A page of an ORUK list: the Page members, and each item against its schema. */
  public static void assertValidPage(Kind item, JsonNode page) {
    Set<ValidationMessage> pageViolations = pageSchema().validate(page);
    assertTrue(pageViolations.isEmpty(), () -> "Page: " + pageViolations + " in " + page);
    for (String member : PAGE_MEMBERS) {
      assertTrue(page.has(member), () -> "the page has no " + member + ": " + page);
    }
    assertEquals(page.get("contents").size(), page.get("size").asInt(), "size is this page's");
    for (JsonNode content : page.get("contents")) {
      assertValid(item, content);
    }
  }

  /** A resource of src/test/resources/oruk, parsed. */
  public static JsonNode read(String path) {
    try (InputStream in = OrukSchemas.class.getResourceAsStream("/oruk/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("No /oruk/" + path + " on the test classpath");
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonSchema schema(Kind kind) {
    return FACTORY.getSchema(SchemaLocation.of("classpath:oruk/" + kind.path), CONFIG);
  }

  private static JsonSchema pageSchema() {
    JsonNode page = read("schema/openapi.json").at("/components/schemas/Page");
    return FACTORY.getSchema(page, CONFIG);
  }
}
