package org.openneighbourhood.portal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlanDateTest {

  @Test
  void blankBoxesAreNoDateWhenTheDateIsOptional() {
    PlanDate date = PlanDate.parse(" ", "", null, "Due date", false);
    assertTrue(date.isValid());
    assertNull(date.date());
  }

  @Test
  void blankBoxesAreAProblemWhenTheDateIsRequired() {
    assertEquals(
        "Enter the review date", PlanDate.parse("", "", "", "Review date", true).problem());
  }

  @Test
  void saysWhichPartsAreMissing() {
    assertEquals(
        "Due date must include a month",
        PlanDate.parse("3", "", "2026", "Due date", false).problem());
    assertEquals(
        "Due date must include a day and year",
        PlanDate.parse("", "4", "", "Due date", false).problem());
  }

  @Test
  void refusesDatesThatDoNotExist() {
    assertEquals(
        "Due date must be a real date",
        PlanDate.parse("31", "2", "2026", "Due date", false).problem());
    assertEquals(
        "Due date must be a real date",
        PlanDate.parse("1st", "2", "2026", "Due date", false).problem());
    assertEquals(
        "Year must include 4 numbers", PlanDate.parse("1", "2", "26", "Due date", false).problem());
  }

  @Test
  void readsARealDate() {
    PlanDate date = PlanDate.parse(" 7", "03 ", "2026", "Due date", true);
    assertTrue(date.isValid());
    assertEquals(LocalDate.of(2026, 3, 7), date.date());
  }

  @Test
  void fillsTheBoxesFromADate() {
    LocalDate date = LocalDate.of(2026, 3, 7);
    assertEquals("7", PlanDate.day(date));
    assertEquals("3", PlanDate.month(date));
    assertEquals("2026", PlanDate.year(date));
    assertEquals("", PlanDate.day(null));
  }
}
