package org.openneighbourhood.api.fhir.control;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.openneighbourhood.api.problem.control.DatabaseOutage;
import org.openneighbourhood.api.problem.control.ProblemMapping;
import org.openneighbourhood.api.problem.entity.DomainException;

/**
 * What the FHIR API answers for a failure, as HAPI's exceptions, which it writes as an {@code
 * OperationOutcome} with the status: the REST API's problem types by their status (a refusal 403, a
 * record not found 404, an input error 400 naming its field), the database away 503, and anything
 * unexpected a 500 that says only its incident id, logged with the stack trace. No message of an
 * exception the code did not write for the caller reaches the answer.
 */
public final class Outcomes {

  private static final Logger LOG = Logger.getLogger(Outcomes.class.getName());

  private Outcomes() {}

  public static BaseServerResponseException of(Throwable failure) {
    return withOutcome(answerFor(failure));
  }

  private static BaseServerResponseException answerFor(Throwable failure) {
    DomainException refused = cause(failure, DomainException.class);
    if (refused != null) {
      return of(refused);
    }
    if (failure instanceof BaseServerResponseException answer
        && !(failure instanceof InternalErrorException)) {
      return answer; // HAPI's own, about the request (unknown type, bad parameter): safe to show
    }
    if (cause(failure, DataFormatException.class) != null) {
      // a search parameter's value HAPI could not read (a date that is not one)
      return new InvalidRequestException("A search parameter's value could not be read");
    }
    if (DatabaseOutage.explains(failure)) {
      return new UnclassifiedServerFailureException(
          503, "Service temporarily unavailable: try again in a few seconds");
    }
    if (DatabaseOutage.lostToAnotherTransaction(failure)) {
      return new UnclassifiedServerFailureException(
          503, new ProblemMapping().forConcurrentChange().detail());
    }
    String incident = "urn:uuid:" + UUID.randomUUID();
    LOG.log(Level.SEVERE, "FHIR request failed, incident " + incident, failure);
    return new InternalErrorException("Something went wrong (incident " + incident + ")");
  }

  /** The answer's OperationOutcome, with the issue type its status means. */
  private static BaseServerResponseException withOutcome(BaseServerResponseException answer) {
    if (answer.getOperationOutcome() != null) {
      return answer; // written for the caller already (BaRS's coded errors)
    }
    OperationOutcome outcome = new OperationOutcome();
    outcome
        .addIssue()
        .setSeverity(OperationOutcome.IssueSeverity.ERROR)
        .setCode(issueType(answer.getStatusCode()))
        .setDiagnostics(answer.getMessage());
    answer.setOperationOutcome(outcome);
    return answer;
  }

  /** The FHIR issue type of an HTTP status. */
  public static OperationOutcome.IssueType issueType(int status) {
    return switch (status) {
      case 401 -> OperationOutcome.IssueType.LOGIN;
      case 403 -> OperationOutcome.IssueType.FORBIDDEN;
      case 404, 410 -> OperationOutcome.IssueType.NOTFOUND;
      case 503 -> OperationOutcome.IssueType.TRANSIENT;
      default ->
          status < 500 ? OperationOutcome.IssueType.INVALID : OperationOutcome.IssueType.EXCEPTION;
    };
  }

  private static BaseServerResponseException of(DomainException refused) {
    String message = refused.getMessage();
    return switch (refused.type().status()) {
      case 400 ->
          new InvalidRequestException(
              refused.fieldProblems().isEmpty()
                  ? message
                  : message
                      + ": "
                      + refused.fieldProblems().stream()
                          .map(problem -> problem.field() + ": " + problem.message())
                          .collect(Collectors.joining("; ")));
      case 401 -> new AuthenticationException(message);
      case 403 -> new ForbiddenOperationException(message);
      case 404 -> new ResourceNotFoundException(message);
      default -> new UnclassifiedServerFailureException(refused.type().status(), message);
    };
  }

  private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable cause = failure;
        cause != null && seen.put(cause, true) == null;
        cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }
}
