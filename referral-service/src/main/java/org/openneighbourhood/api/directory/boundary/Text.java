package org.openneighbourhood.api.directory.boundary;

import java.util.List;
import org.openneighbourhood.api.problem.entity.FieldProblem;

/** The small rules every typed field of an entry follows. */
final class Text {

  private Text() {}

  /** The words without surrounding spaces; null when there are none. */
  static String tidy(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  static void notLongerThan(String text, int most, String field, List<FieldProblem> problems) {
    if (text != null && text.length() > most) {
      problems.add(new FieldProblem(field, "Use " + most + " characters or fewer"));
    }
  }
}
