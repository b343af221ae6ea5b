package org.openneighbourhood.api.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.access.entity.Decision;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.access.entity.Relationship;

class PolicyTableTest {

  private static final String HEADER =
      "| operation | roles | self | care team | receiver | sender | consent withdrawn | none |\n"
          + "|---|---|---|---|---|---|---|---|\n";

  /** A complete table where every operation allows link workers everything. */
  private static String complete(String extraRows) {
    return HEADER
        + Arrays.stream(Operation.values())
            .map(
                o ->
                    "| "
                        + o.id()
                        + " | link-worker | allow | allow | allow | allow | allow | allow |")
            .collect(Collectors.joining("\n"))
        + "\n"
        + extraRows;
  }

  @Test
  void theRepositoryTableHasARowForEveryOperation() {
    Set<Operation> inText =
        PolicyTableText.rows().stream()
            .map(PolicyTableText.Row::operation)
            .collect(Collectors.toSet());
    assertEquals(Set.of(Operation.values()), inText);
    PolicyTable.load();
  }

  @Test
  void anOperationWithoutARowStopsStartUp() {
    String withoutOne =
        HEADER
            + "| directory.list | link-worker | allow | allow | allow | allow | allow | allow |\n";
    var refused = assertThrows(IllegalStateException.class, () -> PolicyTable.parse(withoutOne));
    assertTrue(refused.getMessage().startsWith("The access policy has no row for"));
  }

  @Test
  void unknownRolesOperationsAndDecisionsAreRefused() {
    assertThrows(
        IllegalStateException.class,
        () ->
            PolicyTable.parse(
                complete("| plan.read | gardener | deny | deny | deny | deny | deny | deny |\n")));
    assertThrows(
        IllegalStateException.class,
        () ->
            PolicyTable.parse(
                complete("| plan.burn | person | deny | deny | deny | deny | deny | deny |\n")));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            PolicyTable.parse(
                complete("| plan.read | person | maybe | deny | deny | deny | deny | deny |\n")));
  }

  @Test
  void aRowThatDoesNotEndWithABarIsRefused() {
    assertThrows(IllegalStateException.class, () -> PolicyTable.parse(complete("|\n")));
    var cut =
        assertThrows(
            IllegalStateException.class,
            () -> PolicyTable.parse(complete("| plan.read | person | deny | deny\n")));
    assertTrue(cut.getMessage().contains("plan.read"), cut::getMessage);
  }

  @Test
  void aFieldRowShowsOrWithholdsButNeverMasks() {
    var refused =
        assertThrows(
            IllegalStateException.class,
            () ->
                PolicyTable.parse(
                    complete(
                        "| field.safeguarding-notes | person | masked | deny | deny | deny | deny"
                            + " | deny |\n")));
    assertTrue(refused.getMessage().contains("field.safeguarding-notes"), refused::getMessage);
  }

  @Test
  void theRepositoryTableHasFieldRowsThatAnswerOnlyAllowOrDeny() {
    List<PolicyTableText.Row> fields =
        PolicyTableText.rows().stream().filter(row -> row.operation().isField()).toList();
    assertEquals(
        Set.of(
            Operation.FIELD_SAFEGUARDING_NOTES,
            Operation.FIELD_RESTRICTED_ADDRESS,
            Operation.FIELD_ETHNICITY,
            Operation.FIELD_SEX),
        fields.stream().map(PolicyTableText.Row::operation).collect(Collectors.toSet()));
    for (PolicyTableText.Row row : fields) {
      assertFalse(row.cells().containsValue(Decision.MASKED), row::toString);
      assertFalse(row.roles().contains("vcfse-staff"), "VCFSE staff are never shown " + row);
    }
  }

  @Test
  void aFieldRowCountsForTheRowOfItsFieldOnly() {
    PolicyTable table =
        PolicyTable.parse(
            complete(
                "| field.restricted-address | person | allow | deny | deny | deny | deny | deny"
                    + " |\n"));
    assertEquals(
        Decision.ALLOW,
        table.decide(Operation.FIELD_RESTRICTED_ADDRESS, List.of("person"), Relationship.SELF));
    assertEquals(
        Decision.DENY,
        table.decide(Operation.FIELD_SAFEGUARDING_NOTES, List.of("person"), Relationship.SELF));
  }

  @Test
  void anyoneMayBeGivenOnlyTheNoneColumn() {
    var aboutSomeone =
        assertThrows(
            IllegalStateException.class,
            () ->
                PolicyTable.parse(
                    complete(
                        "| plan.read | anyone | deny | allow | deny | deny | deny | deny |\n")));
    assertTrue(aboutSomeone.getMessage().contains("anyone"), aboutSomeone::getMessage);
    assertThrows(
        IllegalStateException.class,
        () ->
            PolicyTable.parse(
                complete(
                    "| field.restricted-address | anyone | deny | deny | deny | deny | deny"
                        + " | allow |\n")));
    PolicyTable open =
        PolicyTable.parse(
            complete("| calendar.read | anyone | deny | deny | deny | deny | deny | allow |\n"));
    assertTrue(open.isPublic(Operation.CALENDAR_READ));
    assertEquals(
        Decision.ALLOW, open.decide(Operation.CALENDAR_READ, List.of(), Relationship.NONE));
    assertFalse(open.isPublic(Operation.PLAN_READ), "link workers only, not anyone");
  }

  @Test
  void twoRowsForTheSameRoleAndOperationAreRefused() {
    assertThrows(
        IllegalStateException.class,
        () ->
            PolicyTable.parse(
                complete(
                    "| plan.read | link-worker | deny | deny | deny | deny | deny | deny |\n")));
  }

  @Test
  void columnsMustBeTheRelationshipsInOrder() {
    String swapped =
        complete("").replaceFirst("\\| receiver \\| sender \\|", "| sender | receiver |");
    assertThrows(IllegalStateException.class, () -> PolicyTable.parse(swapped));
  }

  @Test
  void anythingNotSaidIsDenied() {
    PolicyTable table = PolicyTable.parse(complete(""));
    assertEquals(
        Decision.DENY, table.decide(Operation.PLAN_READ, List.of("person"), Relationship.SELF));
    assertEquals(
        Decision.ALLOW,
        table.decide(Operation.PLAN_READ, List.of("person", "link-worker"), Relationship.NONE));
  }
}
