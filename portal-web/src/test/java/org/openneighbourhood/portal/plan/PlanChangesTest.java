package org.openneighbourhood.portal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.portal.api.ApiProblemException;
import org.openneighbourhood.portal.api.FieldError;
import org.openneighbourhood.portal.api.Plan;
import org.openneighbourhood.portal.problem.FormErrors;

class PlanChangesTest {

  private static final Plan PLAN = new Plan(null, null, null, null, null, null, null, null, null);

  private static ApiProblemException problem(int status, String slug, FieldError... errors) {
    return new ApiProblemException(
        status, "urn:neighbourhood:problem:" + slug, "", List.of(errors));
  }

  @Test
  void sendsTheVersionTheUserSawAsIfMatch() {
    AtomicReference<String> sent = new AtomicReference<>();
    FormErrors errors = new FormErrors();
    PlanChanges.Outcome outcome =
        PlanChanges.change(
            " 7 ",
            ifMatch -> {
              sent.set(ifMatch);
              return PLAN;
            },
            errors,
            Map.of());
    assertTrue(outcome.saved());
    assertSame(PLAN, outcome.plan().get());
    assertEquals("\"7\"", sent.get());
    assertTrue(errors.isEmpty());
  }

  @Test
  void aChangeSomeoneElseMadeMeanwhileIsStaleAndSaysSo() {
    FormErrors errors = new FormErrors();
    PlanChanges.Outcome outcome =
        PlanChanges.change(
            "3",
            ifMatch -> {
              throw problem(412, "stale");
            },
            errors,
            Map.of());
    assertFalse(outcome.saved());
    assertTrue(outcome.stale());
    assertEquals(List.of(new FormErrors.SummaryItem(null, PlanChanges.STALE)), errors.getSummary());
    assertTrue(PlanChanges.STALE.contains("Your changes have not been saved"));
  }

  @Test
  void aMissingOrForgedVersionIsNeverSentAndCountsAsStale() {
    FormErrors errors = new FormErrors();
    PlanChanges.Outcome outcome =
        PlanChanges.change(
            "abc",
            ifMatch -> {
              throw new AssertionError("must not call the API");
            },
            errors,
            Map.of());
    assertTrue(outcome.stale());
    assertTrue(errors.isPresent());
  }

  @Test
  void aVersionRequiredAnswerIsTreatedAsStale() {
    FormErrors errors = new FormErrors();
    assertTrue(
        PlanChanges.change(
                "1",
                ifMatch -> {
                  throw problem(428, "version-required");
                },
                errors,
                Map.of())
            .stale());
  }

  @Test
  void fieldErrorsLandNextToThePagesFields() {
    FormErrors errors = new FormErrors();
    PlanChanges.Outcome outcome =
        PlanChanges.create(
            () -> {
              throw problem(
                  400, "validation", new FieldError("ownerOrganisationId", "Choose who does it"));
            },
            errors,
            NewActionPage.FIELDS);
    assertFalse(outcome.saved());
    assertFalse(outcome.stale());
    assertEquals("Choose who does it", errors.message("owner"));
  }

  @Test
  void aRefusalOrSomethingGoneIsSaidInPlainWords() {
    FormErrors refused = new FormErrors();
    PlanChanges.create(
        () -> {
          throw problem(403, "forbidden");
        },
        refused,
        Map.of());
    assertEquals(PlanChanges.REFUSED, refused.getSummary().get(0).message());

    FormErrors gone = new FormErrors();
    PlanChanges.create(
        () -> {
          throw problem(404, "not-found");
        },
        gone,
        Map.of());
    assertEquals(PlanChanges.GONE, gone.getSummary().get(0).message());
  }

  @Test
  void aServerFailureIsNotHiddenAsAFormError() {
    assertThrows(
        ApiProblemException.class,
        () ->
            PlanChanges.create(
                () -> {
                  throw problem(500, "internal");
                },
                new FormErrors(),
                Map.of()));
  }
}
