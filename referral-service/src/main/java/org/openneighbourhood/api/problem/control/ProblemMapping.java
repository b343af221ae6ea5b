package org.openneighbourhood.api.problem.control;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
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
                        fieldName(violation.getPropertyPath()), violation.getMessage()))
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

  public Problem forConcurrentChange() {
    return Problem.of(
        ProblemType.OVERLOADED,
        "Another request was changing the same records at the same moment, and this one was"
            + " stopped; nothing was changed. Try again");
  }

  public Problem forUnexpected(UUID incident) {
    return Problem.of(ProblemType.INTERNAL, "The server could not complete the request")
        .withInstance("urn:uuid:" + incident);
  }

  /**
   * The JSON field behind a Bean Validation path, from the body's own fields on: {@code
   * add.entry.contacts[1].email} is {@code contacts[1].email}, a null item of a list ({@code
   * contacts[1].<list element>}) is {@code contacts[1]}, and a parameter's is its name.
   */
  static String fieldName(Path path) {
    List<Path.Node> nodes = new ArrayList<>();
    String parameter = null;
    for (Path.Node node : path) {
      switch (node.getKind()) {
        case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> nodes.clear();
        case PARAMETER -> {
          nodes.clear();
          parameter = node.getName();
        }
        default -> nodes.add(node);
      }
    }
    StringBuilder field = new StringBuilder();
    for (Path.Node node : nodes) {
      if (node.isInIterable() && node.getIndex() != null && field.length() > 0) {
        field.append('[').append(node.getIndex()).append(']');
      }
      boolean named =
          node.getName() != null
              && node.getKind() != ElementKind.CONTAINER_ELEMENT
              && node.getKind() != ElementKind.BEAN;
      if (named) {
        field.append(field.length() > 0 ? "." : "").append(node.getName());
      }
    }
    if (field.length() > 0) {
      return field.toString();
    }
    return parameter != null ? parameter : fieldName(String.valueOf(path));
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
