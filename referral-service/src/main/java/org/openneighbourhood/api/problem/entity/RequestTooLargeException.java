package org.openneighbourhood.api.problem.entity;

/** A request body over the configured limit ({@code api.max-body-bytes}): 413, nothing read. */
public class RequestTooLargeException extends DomainException {

  public RequestTooLargeException(long limitBytes) {
    super(
        ProblemType.TOO_LARGE,
        "Send a request body of at most "
            + limitBytes
            + " bytes; nothing was stored. Split it into smaller requests");
  }
}
