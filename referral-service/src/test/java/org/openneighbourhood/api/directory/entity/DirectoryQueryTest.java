package org.openneighbourhood.api.directory.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.directory.entity.DirectoryQuery.Order;
import org.openneighbourhood.api.problem.entity.FieldProblem;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

class DirectoryQueryTest {

  private static final Position NG1 = new Position(52.954, -1.149);

  private static DirectoryQuery query(String text, Position near, Double within, Order order) {
    return new DirectoryQuery(
        text, null, null, false, false, null, null, near, within, null, order, 1, 20);
  }

  @Test
  void nearAPlaceTheNearestComeFirstElseTheMostRelevant() {
    assertEquals(Order.DISTANCE, query("debt advice", NG1, null, null).effectiveOrder());
    assertEquals(Order.RELEVANCE, query("debt advice", null, null, null).effectiveOrder());
    assertEquals(Order.NAME, query("  ", null, null, null).effectiveOrder());
    assertEquals(Order.RELEVANCE, query("debt", NG1, null, Order.RELEVANCE).effectiveOrder());
  }

  @Test
  void distancesNeedAPlace() {
    var refused =
        assertThrows(InvalidInputException.class, () -> query("debt", null, 2.0, Order.DISTANCE));
    assertEquals(
        List.of("postcode", "postcode"),
        refused.fieldProblems().stream().map(FieldProblem::field).toList());
  }

  @Test
  void aDistanceIsANumberOfKilometresUpToAThousand() {
    for (double within : new double[] {Double.NaN, Double.POSITIVE_INFINITY, 0, -1, 1000.5}) {
      var refused =
          assertThrows(InvalidInputException.class, () -> query("debt", NG1, within, null));
      assertEquals("within", refused.fieldProblems().get(0).field(), "within " + within);
    }
    assertEquals(Order.DISTANCE, query("debt", NG1, 1000.0, null).effectiveOrder());
  }

  @Test
  void pagesAreCountedFromOneAndHoldAtMostAHundred() {
    assertThrows(
        InvalidInputException.class,
        () ->
            new DirectoryQuery(
                null, null, null, false, false, null, null, null, null, null, null, 0, 20));
    assertThrows(
        InvalidInputException.class,
        () ->
            new DirectoryQuery(
                null, null, null, false, false, null, null, null, null, null, null, 1, 101));
    assertThrows(
        InvalidInputException.class,
        () ->
            new DirectoryQuery(
                null,
                null,
                null,
                false,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                Integer.MAX_VALUE,
                100),
        "a page number whose offset would overflow");
    assertEquals(
        40,
        new DirectoryQuery(
                null, null, null, false, false, null, null, null, null, null, null, 3, 20)
            .offset());
  }
}
