package org.openneighbourhood.portal.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.portal.api.ApiProblemException;
import org.openneighbourhood.portal.api.FieldError;

class FormErrorsTest {

  private static ApiProblemException validation(FieldError... errors) {
    return new ApiProblemException(
        400, "urn:neighbourhood:problem:validation", "Check your answers", List.of(errors));
  }

  @Test
  void apiFieldErrorsLandNextToThePagesFields() {
    FormErrors errors = new FormErrors(Map.of("dateOfBirth", "dob-day"));
    errors.addProblem(
        validation(
            new FieldError("givenName", "Enter a first name"),
            new FieldError("dateOfBirth", "Date of birth must be in the past")),
        Map.of("givenName", "givenName", "dateOfBirth", "dateOfBirth"));

    assertEquals("Enter a first name", errors.message("givenName"));
    assertEquals("Date of birth must be in the past", errors.message("dateOfBirth"));
    assertEquals(
        List.of(
            new FormErrors.SummaryItem("#givenName", "Enter a first name"),
            new FormErrors.SummaryItem("#dob-day", "Date of birth must be in the past")),
        errors.getSummary());
  }

  @Test
  void apiPropertyNamesAreTranslatedToThePagesFieldNames() {
    FormErrors errors = new FormErrors();
    errors.addProblem(
        validation(new FieldError("text", "Must be 2000 characters or fewer")),
        Map.of("text", "whatMattersToMe"));

    assertTrue(errors.has("whatMattersToMe"));
    assertFalse(errors.has("text"));
  }

  @Test
  void fieldsThePageDoesNotShowGoToTheSummaryOnly() {
    FormErrors errors = new FormErrors();
    errors.addProblem(
        validation(new FieldError("personId", "Unknown person")), Map.of("reason", "reason"));

    assertEquals(List.of(new FormErrors.SummaryItem(null, "Unknown person")), errors.getSummary());
  }

  @Test
  void aProblemWithoutFieldsShowsItsDetail() {
    FormErrors errors = new FormErrors();
    errors.addProblem(
        new ApiProblemException(
            403,
            "urn:neighbourhood:problem:no-acting-organisation",
            "You are not acting for an organisation",
            List.of()),
        Map.of());

    assertEquals(
        List.of(new FormErrors.SummaryItem(null, "You are not acting for an organisation")),
        errors.getSummary());
  }

  @Test
  void keepsTheFirstMessageForAField() {
    FormErrors errors = new FormErrors();
    errors.add("reason", "Enter why you are referring them");
    errors.add("reason", "Something else");
    assertEquals("Enter why you are referring them", errors.message("reason"));
  }

  @Test
  void clearingForgetsEverything() {
    FormErrors errors = new FormErrors();
    errors.add("goal", "Enter the goal");
    errors.addGeneral("Already decided");
    errors.clear();
    assertTrue(errors.isEmpty());
  }

  @Test
  void aNameIsRequiredAndLimitedInLength() {
    FormErrors errors = new FormErrors();
    errors.checkName("givenName", " ", "first name", 5);
    errors.checkName("familyName", "Abcdef", "last name", 5);
    errors.checkName("other", " Abcde ", "other name", 5);
    assertEquals("Enter their first name", errors.message("givenName"));
    assertEquals("Last name must be 5 characters or fewer", errors.message("familyName"));
    assertFalse(errors.has("other"));
  }
}
