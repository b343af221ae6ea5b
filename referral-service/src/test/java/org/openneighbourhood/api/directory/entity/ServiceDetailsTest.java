package org.openneighbourhood.api.directory.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.problem.entity.FieldProblem;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

class ServiceDetailsTest {

  private static ServiceDetails details(
      String name, Integer minAge, Integer maxAge, String url, String email, int days) {
    return new ServiceDetails(
        name, "Help with debts", minAge, maxAge, null, null, null, url, email, days, true, false);
  }

  @Test
  void goodDetailsHaveNoProblems() {
    ServiceDetails fine =
        details("Debt advice", 18, 99, "https://money.example/debt", "advice@money.example", 10);
    assertEquals(List.of(), fine.problems());
    assertEquals(fine, fine.checked());
  }

  @Test
  void everyBrokenRuleIsToldAtOnceByField() {
    ServiceDetails bad = details("  ", 40, 18, "money.example", "not an address", 0);
    assertEquals(
        List.of("name", "maxAge", "url", "email", "responseDays"),
        bad.problems().stream().map(FieldProblem::field).toList());
    var refused = assertThrows(InvalidInputException.class, bad::checked);
    assertEquals(5, refused.fieldProblems().size());
  }

  @Test
  void blankTextIsNoText() {
    ServiceDetails trimmed =
        new ServiceDetails(
            " Debt advice ", "Help", null, null, "  ", "", null, null, null, 5, true, false);
    assertEquals("Debt advice", trimmed.name());
    assertEquals(null, trimmed.eligibility());
    assertEquals(null, trimmed.area());
  }

  @Test
  void neitherReferralsNorSelfReferralsIsSignpostOnly() {
    ServiceDetails signpost =
        new ServiceDetails(
            "Drop-in", "Just turn up", null, null, null, null, null, null, null, 5, false, false);
    assertTrue(signpost.signpostOnly());
    assertFalse(details("Debt advice", null, null, null, null, 5).signpostOnly());
  }

  @Test
  void agesAreFromNoughtTo150() {
    assertEquals(
        List.of("minAge"),
        details("A", -1, null, null, null, 5).problems().stream()
            .map(FieldProblem::field)
            .toList());
    assertEquals(List.of(), details("A", 0, 150, null, null, 5).problems());
  }
}
