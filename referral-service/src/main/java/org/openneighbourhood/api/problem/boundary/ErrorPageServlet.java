package org.openneighbourhood.api.problem.boundary;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.openneighbourhood.api.problem.control.ProblemMapping;
import org.openneighbourhood.api.problem.control.ProblemResponses;
import org.openneighbourhood.api.problem.entity.Problem;

/**
 * The container's error page (web.xml), so that errors raised before JAX-RS runs, such as a missing
 * or bad bearer token, are problem details too instead of Payara's HTML page. An exception that
 * escaped everything else is logged with an incident id, or is a 503 when the database is away.
 */
@WebServlet(ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

  static final String PATH = "/problem-error";

  private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

  private static final ProblemMapping MAPPING = new ProblemMapping();

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer number ? number : response.getStatus();
    Problem problem = MAPPING.forStatus(status, null);
    if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
      problem = ServerFailures.problemFor(failure);
      status = problem.status();
    } else if (status >= 500) {
      String uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) + "";
      int answered = status;
      LOG.severe(() -> "HTTP " + answered + " without an exception, for " + uri);
    }
    ProblemResponses.write(response, status, problem);
  }
}
