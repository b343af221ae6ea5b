package org.openneighbourhood.api.problem.entity;

import java.util.List;

/**
 * A rule of the domain refused a request. The message is safe to show to the caller: it never holds
 * personal data.
 */
public abstract class DomainException extends RuntimeException {

  private final ProblemType type;
  private final List<FieldProblem> fieldProblems;

  protected DomainException(ProblemType type, String message) {
    this(type, message, List.of());
  }

  protected DomainException(ProblemType type, String message, List<FieldProblem> fieldProblems) {
    super(message);
    this.type = type;
    this.fieldProblems = List.copyOf(fieldProblems);
  }

  public ProblemType type() {
    return type;
  }

  public List<FieldProblem> fieldProblems() {
    return fieldProblems;
  }
}
