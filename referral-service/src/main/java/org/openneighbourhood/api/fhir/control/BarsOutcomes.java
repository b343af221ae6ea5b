package org.openneighbourhood.api.fhir.control;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.openneighbourhood.api.fhir.entity.Bars;

/**
 * A BaRS message refused, as BaRS answers: an {@code OperationOutcome} (UKCore-OperationOutcome)
 * whose issue has the FHIR issue type and, in its details, BaRS's HTTP error code ({@code
 * REC_BAD_REQUEST}, {@code REC_UNPROCESSABLE_ENTITY}, ...) for the status, as in the standard's
 * examples. The diagnostics say what to change, never what the message held.
 */
public final class BarsOutcomes {

  private BarsOutcomes() {}

  /** 400: the message is not one (not FHIR, not a message Bundle, a part missing or malformed). */
  public static BaseServerResponseException badRequest(IssueType type, String diagnostics) {
    return refused(400, type, diagnostics);
  }

  /** 422: a well-formed message this service cannot act on. */
  public static BaseServerResponseException unprocessable(IssueType type, String diagnostics) {
    return refused(422, type, diagnostics);
  }

  public static BaseServerResponseException refused(
      int status, IssueType type, String diagnostics) {
    OperationOutcome outcome = new OperationOutcome();
    outcome.setId(UUID.randomUUID().toString());
    outcome.getMeta().addProfile(Bars.OPERATION_OUTCOME_PROFILE);
    outcome
        .addIssue()
        .setSeverity(OperationOutcome.IssueSeverity.ERROR)
        .setCode(type)
        .setDetails(new CodeableConcept(new Coding(Bars.HTTP_ERROR_CODES, errorCode(status), null)))
        .setDiagnostics(diagnostics);
    UnclassifiedServerFailureException answer =
        new UnclassifiedServerFailureException(status, diagnostics);
    answer.setOperationOutcome(outcome);
    return answer;
  }

  /** BaRS's code for a receiver's answer of this status. */
  public static String errorCode(int status) {
    return switch (status) {
      case 400 -> "REC_BAD_REQUEST";
      case 401 -> "REC_UNAUTHORIZED";
      case 403 -> "REC_FORBIDDEN";
      case 404 -> "REC_NOT_FOUND";
      case 406 -> "REC_NOT_ACCEPTABLE";
      case 408 -> "REC_TIMEOUT";
      case 409 -> "REC_CONFLICT";
      case 422 -> "REC_UNPROCESSABLE_ENTITY";
      case 429 -> "REC_TOO_MANY_REQUESTS";
      case 501 -> "REC_NOT_IMPLEMENTED";
      case 503 -> "REC_SERVICE_UNAVAILABLE";
      default -> status < 500 ? "REC_BAD_REQUEST" : "REC_SERVER_ERROR";
    };
  }
}
