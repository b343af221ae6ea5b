package org.openneighbourhood.api.directory.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.openneighbourhood.api.problem.entity.FieldProblem;

/**
 * The languages a service is given in without an interpreter, as its organisation names them
 * ("English", "Polish", "British Sign Language"): each named once, in the order given.
 */
public final class Languages {

  public static final int MOST = 20;
  public static final int LONGEST = 100;
  private static final Pattern NAME = Pattern.compile("^\\p{L}[\\p{L}\\p{M} '()-]*$");

  private Languages() {}

  /** The names without spaces around them, empty ones or repeats (whatever their case). */
  public static List<String> tidy(List<String> names) {
    List<String> tidy = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (String name : names == null ? List.<String>of() : names) {
      String stripped = name == null ? "" : name.strip().replaceAll("\\s+", " ");
      String key = stripped.toLowerCase(Locale.ROOT);
      if (!stripped.isEmpty() && !seen.contains(key)) {
        seen.add(key);
        tidy.add(stripped);
      }
    }
    return tidy;
  }

  /**
   * What is wrong with the names (more than {@link #MOST} given, repeats counted; a name too long
   * or not a language's), as problems of the {@code languages} field; empty when none.
   */
  public static List<FieldProblem> problems(List<String> names) {
    if (names != null && names.size() > MOST) {
      return List.of(new FieldProblem("languages", "Give " + MOST + " languages or fewer"));
    }
    for (String name : tidy(names)) {
      if (name.length() > LONGEST) {
        return List.of(
            new FieldProblem(
                "languages", "Each language must be " + LONGEST + " characters or fewer"));
      }
      if (!NAME.matcher(name).matches()) {
        return List.of(
            new FieldProblem(
                "languages",
                "Enter each language by its name, like Polish or British Sign Language, with"
                    + " commas between them"));
      }
    }
    return List.of();
  }
}
