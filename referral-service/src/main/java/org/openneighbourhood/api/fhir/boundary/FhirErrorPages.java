package org.openneighbourhood.api.fhir.boundary;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.openneighbourhood.api.fhir.control.Fhir;
import org.openneighbourhood.api.fhir.control.Outcomes;

/**
 * The container's own errors for a FHIR address (a bearer token MicroProfile JWT refused, before
 * the servlet runs) as an {@code OperationOutcome} rather than the REST API's problem details: it
 * sits in front of the error page, and passes every other address on to it.
 */
@WebFilter(urlPatterns = "/problem-error", dispatcherTypes = DispatcherType.ERROR)
public class FhirErrorPages extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String fhir = request.getContextPath() + FhirServlet.PATH;
    if (!(uri instanceof String path) || !(path.equals(fhir) || path.startsWith(fhir + "/"))) {
      chain.doFilter(request, response);
      return;
    }
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer number ? number : response.getStatus();
    OperationOutcome outcome = new OperationOutcome();
    outcome
        .addIssue()
        .setSeverity(IssueSeverity.ERROR)
        .setCode(Outcomes.issueType(status))
        .setDiagnostics(message(status));
    response.setStatus(status);
    if (status == 401) {
      response.setHeader("WWW-Authenticate", "Bearer");
    }
    response.setContentType("application/fhir+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(Fhir.context().newJsonParser().encodeResourceToString(outcome));
  }

  private static String message(int status) {
    return switch (status) {
      case 401 -> "A valid bearer token is required";
      case 403 -> "You are not allowed to do this";
      case 404 -> "No such resource";
      default -> status < 500 ? "The request could not be read" : "Something went wrong";
    };
  }
}
