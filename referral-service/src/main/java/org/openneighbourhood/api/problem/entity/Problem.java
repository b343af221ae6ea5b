package org.openneighbourhood.api.problem.entity;

import java.util.List;

/**
 * An RFC 9457 problem detail. {@code type} is a stable URI; {@code instance} is only set for server
 * errors, where it names the log entry holding the stack trace.
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldProblem> errors) {

  public Problem {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public static Problem of(ProblemType type, String detail) {
    return new Problem(type.uri(), type.title(), type.status(), detail, null, List.of());
  }

  public static Problem of(ProblemType type, String detail, List<FieldProblem> errors) {
    return new Problem(type.uri(), type.title(), type.status(), detail, null, errors);
  }

  /** A problem for an HTTP status that has no type of its own in this API (RFC 9457 4.2.1). */
  public static Problem ofStatus(int status, String title) {
    return new Problem("about:blank", title, status, title, null, List.of());
  }

  public Problem withInstance(String instance) {
    return new Problem(type, title, status, detail, instance, errors);
  }
}
