package org.openneighbourhood.api.reporting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuppressionTest {

  private final Suppression suppression = new Suppression(8);

  @Test
  void countsFromOneToSevenAreHiddenAndZeroAndEightShown() {
    SuppressedTable table =
        suppression.apply(SuppressionProperty.table(new long[][] {{0, 1, 7, 8, 20}}));
    assertEquals(Visibility.SHOWN, table.cell(0, 0).visibility());
    assertEquals(Visibility.SMALL, table.cell(0, 1).visibility());
    assertEquals(Visibility.SMALL, table.cell(0, 2).visibility());
    assertEquals(Visibility.SHOWN, table.cell(0, 3).visibility());
    assertEquals(Optional.empty(), table.cell(0, 1).published());
    assertEquals(Optional.of(20L), table.cell(0, 4).published());
  }

  @Test
  void aFigureIsShownBesideAPublishedCountOfMoreThanNobodyThatIsNotSmall() {
    assertTrue(suppression.allowsFigureFrom(new Cell(8, Visibility.SHOWN)));
    assertFalse(suppression.allowsFigureFrom(new Cell(0, Visibility.SHOWN)), "of nobody");
    assertFalse(suppression.allowsFigureFrom(new Cell(3, Visibility.SMALL)), "hidden");
    assertFalse(suppression.allowsFigureFrom(new Cell(40, Visibility.PROTECTS_SMALL)), "hidden");
    assertFalse(
        new Suppression(10).allowsFigureFrom(new Cell(9, Visibility.SHOWN)),
        "a count shown under a lower threshold is still small for a figure");
  }

  @Test
  void primaryOnlySuppressionGivesASmallCountAwayThroughItsRowTotal() {
    List<CountTable> tables = List.of(SuppressionProperty.table(new long[][] {{3, 10}, {12, 20}}));
    List<Attacker.Recovered> recovered =
        Attacker.recover(SuppressionProperty.primaryOnly(suppression, tables));
    assertTrue(recovered.contains(new Attacker.Recovered(0, 0, 0, 3)), recovered.toString());
  }

  @Test
  void aSmallCountAloneInItsRowAndColumnIsProtectedByTheCheapestOtherCounts() {
    SuppressedTable table =
        suppression.apply(SuppressionProperty.table(new long[][] {{3, 10, 30}, {12, 20, 40}}));
    assertEquals(Visibility.SMALL, table.cell(0, 0).visibility());
    assertEquals(Visibility.PROTECTS_SMALL, table.cell(0, 1).visibility(), "10, the smallest");
    assertEquals(Visibility.PROTECTS_SMALL, table.cell(1, 0).visibility(), "12");
    assertEquals(Visibility.PROTECTS_SMALL, table.cell(1, 1).visibility(), "20 closes the square");
    assertEquals(Visibility.SHOWN, table.cell(1, 2).visibility());
    assertFalse(table.rowTotal(0).suppressed(), "totals stay shown");
    assertFalse(table.total().suppressed());
    SuppressionProperty.holds(
        suppression, List.of(SuppressionProperty.table(new long[][] {{3, 10, 30}, {12, 20, 40}})));
  }

  @Test
  void aSmallWholeIsHiddenInEveryTableOfTheSameReferrals() {
    List<SuppressedTable> tables =
        suppression.applyLinked(
            List.of(
                SuppressionProperty.table(new long[][] {{2, 3}}),
                SuppressionProperty.table(new long[][] {{5}, {0}})));
    assertTrue(tables.get(0).total().suppressed());
    assertTrue(tables.get(1).total().suppressed());
    assertEquals(Visibility.SHOWN, tables.get(1).cell(1, 0).visibility(), "a zero is shown");
  }

  @Test
  void aWholeHiddenToProtectOneTableIsHiddenInTheOthers() {
    List<CountTable> tables =
        List.of(
            SuppressionProperty.table(new long[][] {{3, 9}}),
            SuppressionProperty.table(new long[][] {{12}, {0}}));
    List<SuppressedTable> published = suppression.applyLinked(tables);
    assertEquals(published.get(0).total().suppressed(), published.get(1).total().suppressed());
    SuppressionProperty.holds(suppression, tables);
  }

  @Test
  void linkedTablesMustCountTheSameReferrals() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            suppression.applyLinked(
                List.of(
                    SuppressionProperty.table(new long[][] {{3}}),
                    SuppressionProperty.table(new long[][] {{4}}))));
  }

  @Test
  void aThresholdOfOneHidesNothing() {
    SuppressedTable table =
        new Suppression(1).apply(SuppressionProperty.table(new long[][] {{1, 2}, {3, 0}}));
    assertFalse(table.cell(0, 0).suppressed());
    assertFalse(table.total().suppressed());
  }

  @Test
  void aRateIsShownOnlyWhenBothItsCountsAre() {
    Cell shown = new Cell(40, Visibility.SHOWN);
    assertEquals(Optional.of(25), Rate.percent(new Cell(10, Visibility.SHOWN), shown));
    assertEquals(Optional.of(3), Rate.percent(new Cell(1, Visibility.SHOWN), shown), "2.5 up");
    assertEquals(Optional.empty(), Rate.percent(new Cell(4, Visibility.SMALL), shown));
    assertEquals(Optional.empty(), Rate.percent(shown, new Cell(50, Visibility.PROTECTS_SMALL)));
    assertEquals(Optional.empty(), Rate.percent(shown, new Cell(0, Visibility.SHOWN)));
  }
}
