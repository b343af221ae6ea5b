package org.openneighbourhood.api.problem.entity;

import java.util.List;

/** Input that passed the JSON shape but breaks a domain rule, such as a bad NHS number. */
public class InvalidInputException extends DomainException {

  public InvalidInputException(String field, String message) {
    super(ProblemType.VALIDATION, message, List.of(new FieldProblem(field, message)));
  }

  public InvalidInputException(List<FieldProblem> problems) {
    super(
        ProblemType.VALIDATION,
        problems.size() == 1 ? problems.get(0).message() : "Some fields are not valid",
        problems);
  }
}
