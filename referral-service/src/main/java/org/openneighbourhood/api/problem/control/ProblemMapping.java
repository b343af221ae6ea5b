package org.openneighbourhood.api.problem.control;

import jakarta.validation.ConstraintViolation;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.openneighbourhood.api.problem.entity.DomainException;
import org.openneighbourhood.api.problem.entity.FieldProblem;
import org.openneighbourhood.api.problem.entity.Problem;
import org.openneighbourhood.api.problem.entity.ProblemType;

/** Turns what went wrong into the problem detail the caller sees, without leaking internals. */
public class ProblemMapping {

  public Problem forDomain(DomainException exception) {
    return Problem.of(exception.type(), exception.getMessage(), exception.fieldProblems());
  }

  public Problem forViolations(Set<? extends ConstraintViolation<?>> violations) {
    List<FieldProblem> errors =
        violations.stream()
            .map(
                violation ->
                    new FieldProblem(
                        fieldName(String.valueOf(violation.getPropertyPath())),
                        violation.getMessage()))
            .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
            .toList();
    return Problem.of(ProblemType.VALIDATION, "Some fields are not valid", errors);
  }

  public Problem forUnreadableBody() {
    return Problem.of(
        ProblemType.VALIDATION, "The request body is not valid JSON of the expected shape");
  }

  /** Problems for HTTP errors raised by the JAX-RS runtime or the security layer. */
  public Problem forStatus(int status, String reasonPhrase) {
    return switch (status) {
      case 400 -> Problem.of(ProblemType.VALIDATION, "The request could not be understood");
      case 401 -> Problem.of(ProblemType.UNAUTHORIZED, "A valid bearer token is required");
      case 403 -> Problem.of(ProblemType.FORBIDDEN, "Your role does not allow this");
      case 404 -> Problem.of(ProblemType.NOT_FOUND, "There is nothing at this address");
      default ->
          status >= 500
              ? Problem.of(ProblemType.INTERNAL, "The server could not complete the request")
              : Problem.ofStatus(status, reasonPhrase == null ? "HTTP " + status : reasonPhrase);
    };
  }

  public Problem forDatabaseUnavailable() {
    return Problem.of(
        ProblemType.DATABASE_UNAVAILABLE,
        "The service's database cannot be reached just now; nothing was changed unless a retry"
            + " says so. Try again in a few seconds");
  }

  public Problem forUnexpected(UUID incident) {
    return Problem.of(ProblemType.INTERNAL, "The server could not complete the request")
        .withInstance("urn:uuid:" + incident);
  }

  /**
   * The JSON property behind a Bean Validation path such as {@code register.request.nhsNumber} or
   * {@code find.nhsNumber}: the last node, without any index.
   */
  static String fieldName(String propertyPath) {
    String last = propertyPath.substring(propertyPath.lastIndexOf('.') + 1);
    int bracket = last.indexOf('[');
    return bracket < 0 ? last : last.substring(0, bracket);
  }
}
