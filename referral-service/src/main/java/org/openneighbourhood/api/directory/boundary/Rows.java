package org.openneighbourhood.api.directory.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.openneighbourhood.api.problem.entity.FieldProblem;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

/**
 * A list an organisation sends whole (a service's places, its opening times): every row checked,
 * and every problem of every row named at once, or none of it is taken.
 */
final class Rows {

  private Rows() {}

  /** One row of such a list. */
  interface Row<T> {

    /** This row checked, or empty with what is wrong added to {@code problems}. */
    Optional<T> checked(int index, List<FieldProblem> problems);
  }

  /**
   * The rows checked, in order; a missing row counts as {@code blank}.
   *
   * @throws InvalidInputException naming every problem, including more than {@code most} rows
   */
  static <T> List<T> checked(
      List<? extends Row<T>> rows,
      Supplier<? extends Row<T>> blank,
      int most,
      FieldProblem tooMany) {
    List<? extends Row<T>> given = rows == null ? List.of() : rows;
    List<FieldProblem> problems = new ArrayList<>();
    if (given.size() > most) {
      problems.add(tooMany);
    }
    List<T> checked = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      Row<T> row = given.get(i) == null ? blank.get() : given.get(i);
      row.checked(i, problems).ifPresent(checked::add);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return checked;
  }
}
