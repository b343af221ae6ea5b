package org.openneighbourhood.api.problem.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openneighbourhood.api.problem.entity.FieldProblem;
import org.openneighbourhood.api.problem.entity.IgnoresUnknownFields;

class JsonShapeTest {

  enum Urgency {
    ROUTINE,
    URGENT
  }

  static class Address {
    public List<String> lines;
    public String postcode;
  }

  static class Body {
    public UUID personId;
    public String reason;
    public Urgency urgency;
    public Boolean draft;
    public boolean restricted;
    public Integer importance;
    public long count;
    public java.math.BigDecimal amount;
    public LocalDate dueOn;
    public List<UUID> categoryIds;
    public Set<String> roles;
    public Address address;
    public Double score;
    public transient String notReadFromJson;
  }

  record Choice(String email, Boolean emailUpdates) {}

  @IgnoresUnknownFields
  static class Published {
    public String title;
  }

  static class Levels {
    public Body body;
  }

  @Test
  void aBodyOfTheRightShapePasses() {
    assertEquals(
        List.of(),
        problems(
            """
            {"personId": "3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f", "reason": "Lonely",
             "urgency": "URGENT", "draft": false, "restricted": true, "importance": 7,
             "count": 12345678901, "dueOn": "2026-04-30", "categoryIds": [],
             "roles": ["link-worker"], "address": {"lines": ["1 High St"], "postcode": "LS1 1AA"},
             "score": 1.5}
            """,
            Body.class));
  }

  @Test
  void nullIsLeftToValidationExceptForFieldsThatCannotHoldIt() {
    assertEquals(
        List.of(),
        problems("{\"personId\": null, \"draft\": null, \"address\": null}", Body.class));
    assertEquals(
        List.of(new FieldProblem("restricted", JsonShape.BOOLEAN)),
        problems("{\"restricted\": null}", Body.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "0", "\"yes\"", "\"true\"", "[]", "{}"})
  void aBooleanIsTrueOrFalseAndNothingElse(String value) {
    assertEquals(
        List.of(new FieldProblem("draft", JsonShape.BOOLEAN)),
        problems("{\"draft\": " + value + "}", Body.class));
    assertEquals(
        List.of(new FieldProblem("restricted", JsonShape.BOOLEAN)),
        problems("{\"restricted\": " + value + "}", Body.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.9", "-0.5", "\"7\"", "true", "1e-3"})
  void aWholeNumberIsOne(String value) {
    assertEquals(
        List.of(new FieldProblem("importance", JsonShape.WHOLE_NUMBER)),
        problems("{\"importance\": " + value + "}", Body.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"7", "7.0", "7E0", "0.0", "-0", "7e+0"})
  void aWholeNumberMayBeWrittenWithAZeroFraction(String value) {
    assertEquals(List.of(), problems("{\"importance\": " + value + "}", Body.class));
  }

  @Test
  void aWholeNumberMustFitItsField() {
    assertEquals(
        List.of(new FieldProblem("importance", "Send a whole number no larger than 2147483647")),
        problems("{\"importance\": 2147483648}", Body.class));
    assertEquals(
        List.of(new FieldProblem("importance", "Send a whole number no smaller than -2147483648")),
        problems("{\"importance\": -1e400}", Body.class));
    assertEquals(
        List.of(
            new FieldProblem("count", "Send a whole number no larger than 9223372036854775807")),
        problems("{\"count\": 1e999999999}", Body.class));
  }

  /** Found by fuzzing: an exponent Java cannot hold was a 500. */
  @Test
  void aNumberJavaCannotHoldIsAFieldError() {
    assertEquals(
        List.of(new FieldProblem("importance", JsonShape.WHOLE_NUMBER)),
        problems("{\"importance\": 2.0E99999999999999}", Body.class));
    assertEquals(
        List.of(new FieldProblem("amount", JsonShape.NUMBER)),
        problems("{\"amount\": 2.0E99999999999999}", Body.class));
    assertEquals(
        List.of(new FieldProblem("amount", JsonShape.NUMBER)),
        problems("{\"amount\": 1E999999999}", Body.class));
    assertEquals(List.of(), problems("{\"amount\": 5.50}", Body.class));
  }

  @Test
  void textIsAString() {
    assertEquals(
        List.of(new FieldProblem("reason", JsonShape.TEXT)),
        problems("{\"reason\": 12}", Body.class));
    assertEquals(
        List.of(new FieldProblem("address.postcode", JsonShape.TEXT)),
        problems("{\"address\": {\"postcode\": {\"deep\": [[[1]]]}}}", Body.class));
  }

  @Test
  void idsDatesAndChoicesAreWrittenAsThey() {
    assertEquals(
        List.of(
            new FieldProblem("personId", JsonShape.ID),
            new FieldProblem("urgency", "Choose one of: ROUTINE, URGENT"),
            new FieldProblem("dueOn", JsonShape.DATE)),
        problems(
            "{\"personId\": \"not-an-id\", \"urgency\": \"urgent\", \"dueOn\": \"30/04/2026\"}",
            Body.class));
    assertEquals(
        List.of(new FieldProblem("urgency", "Choose one of: ROUTINE, URGENT")),
        problems("{\"urgency\": 1}", Body.class));
  }

  @Test
  void aDateHasAYearOfFourDigitsAsTheDatabaseKeepsNoOther() {
    for (String date :
        List.of("+999999999-12-31", "-999999999-01-01", "+10000-01-01", "0000-12-31")) {
      assertEquals(
          List.of(new FieldProblem("dueOn", JsonShape.DATE)),
          problems("{\"dueOn\": \"" + date + "\"}", Body.class),
          date);
    }
    assertEquals(List.of(), problems("{\"dueOn\": \"9999-12-31\"}", Body.class));
    assertEquals(List.of(), problems("{\"dueOn\": \"0001-01-01\"}", Body.class));
  }

  @Test
  void everyElementOfAListHasTheElementsShape() {
    assertEquals(
        List.of(new FieldProblem("categoryIds", JsonShape.ID)),
        problems("{\"categoryIds\": [\"3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f\", 42]}", Body.class));
    assertEquals(
        List.of(new FieldProblem("roles", JsonShape.LIST)),
        problems("{\"roles\": \"link-worker\"}", Body.class));
    assertEquals(
        List.of(new FieldProblem("address.lines", JsonShape.TEXT)),
        problems("{\"address\": {\"lines\": [[\"nested\"]]}}", Body.class));
  }

  @Test
  void aFieldTheTypeDoesNotHaveIsRefusedByItsPath() {
    assertEquals(
        List.of(
            new FieldProblem("reasn", JsonShape.UNKNOWN),
            new FieldProblem("address.town", JsonShape.UNKNOWN),
            new FieldProblem("notReadFromJson", JsonShape.UNKNOWN)),
        problems(
            "{\"reasn\": \"typo\", \"address\": {\"town\": \"Leeds\"}, \"notReadFromJson\": \"x\"}",
            Body.class));
    assertEquals(
        List.of(new FieldProblem("body.extra", JsonShape.UNKNOWN)),
        problems("{\"body\": {\"extra\": 1}}", Levels.class));
  }

  @Test
  void aPublishedDocumentMayCarryFieldsNotRead() {
    assertEquals(
        List.of(), problems("{\"title\": \"Boxing Day\", \"bunting\": true}", Published.class));
    assertEquals(
        List.of(new FieldProblem("title", JsonShape.TEXT)),
        problems("{\"title\": false, \"bunting\": true}", Published.class));
  }

  @Test
  void recordsListsAndMapsAtTheTop() {
    assertEquals(
        List.of(new FieldProblem("emailUpdates", JsonShape.BOOLEAN)),
        problems("{\"email\": \"a@b.example\", \"emailUpdates\": \"no\"}", Choice.class));
    assertEquals(
        List.of(new FieldProblem("body", JsonShape.OBJECT)),
        problems("[{\"title\": \"x\"}, 1]", typeOf("places")));
    assertEquals(
        List.of(new FieldProblem("england.title", JsonShape.TEXT)),
        problems("{\"england\": {\"title\": 1}}", typeOf("divisions")));
    assertEquals(List.of(new FieldProblem("body", JsonShape.OBJECT)), problems("[]", Body.class));
  }

  @Test
  void aHostileBodyGetsAShortList() {
    String many = "{" + "\"x\": 1,".repeat(10_000) + "\"y\": 1}";
    assertEquals(20, problems(many, Body.class).size());
    // deeper than InputGuard lets through, not as deep as the parser refuses
    String deep = "[".repeat(900) + "]".repeat(900);
    assertEquals(
        List.of(new FieldProblem("reason", JsonShape.TEXT)),
        problems("{\"reason\": " + deep + "}", Body.class));
  }

  @Test
  void aBodyThatIsNotJsonIsRefusedBeforeTheBindingReadsIt() {
    assertThrows(JsonbException.class, () -> problems("{\"reason\": ", Body.class));
    // the binding's skipping of an unknown field cut short by the end of the body never ends
    assertThrows(
        JsonbException.class, () -> problems("{\"notes\": {\"a\": \"b\"", Published.class));
    assertEquals(List.of(), problems("", Body.class), "no body: left to the reader");
  }

  @Test
  void onlyBodiesReadIntoTypesAreChecked() {
    assertTrue(JsonShape.checks(Body.class));
    assertTrue(JsonShape.checks(List.class));
    assertFalse(JsonShape.checks(String.class));
    assertFalse(JsonShape.checks(jakarta.json.JsonObject.class));
    assertFalse(JsonShape.checks(byte[].class));
  }

  /** Generic types as resources declare them, read from these fields. */
  static List<Published> places;

  static Map<String, Published> divisions;

  private static Type typeOf(String field) {
    try {
      return JsonShapeTest.class.getDeclaredField(field).getGenericType();
    } catch (NoSuchFieldException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private static List<FieldProblem> problems(String json, Type type) {
    return JsonShape.problemsIn(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), type);
  }
}
