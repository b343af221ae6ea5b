package org.openneighbourhood.portal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApiProblemExceptionTest {

  @Test
  void takesTheSlugFromTheProblemType() {
    assertEquals("not-found", ApiProblemException.slugOf("urn:neighbourhood:problem:not-found"));
    assertEquals(
        "person-already-registered",
        ApiProblemException.slugOf("urn:neighbourhood:problem:person-already-registered"));
    assertEquals("validation", ApiProblemException.slugOf("https://example.org/probs/validation"));
  }

  @Test
  void aMissingTypeIsUnknown() {
    assertEquals("unknown", ApiProblemException.slugOf(null));
    assertEquals("unknown", ApiProblemException.slugOf("about:blank"));
  }

  @Test
  void carriesStatusSlugDetailAndFieldErrors() {
    ApiProblemException problem =
        new ApiProblemException(
            409,
            "urn:neighbourhood:problem:invalid-transition",
            "Already accepted",
            List.of(new FieldError("note", "Too long")));
    assertTrue(problem.is(409, "invalid-transition"));
    assertEquals("Already accepted", problem.detail());
    assertEquals(List.of(new FieldError("note", "Too long")), problem.fieldErrors());
  }

  @Test
  void noBodyMeansNoDetailAndNoFields() {
    ApiProblemException problem = new ApiProblemException(502, null, null, null);
    assertEquals("", problem.detail());
    assertEquals(List.of(), problem.fieldErrors());
    assertEquals("unknown", problem.slug());
  }
}
