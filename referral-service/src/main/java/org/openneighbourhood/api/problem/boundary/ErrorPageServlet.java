package org.openneighbourhood.api.problem.boundary;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.openneighbourhood.api.problem.control.ProblemMapping;
import org.openneighbourhood.api.problem.control.ProblemResponses;
import org.openneighbourhood.api.problem.entity.Problem;

/**
 * The container's error page (web.xml), so that errors raised before JAX-RS runs, such as a missing
 * or bad bearer token, are problem details too instead of Payara's HTML page.
 */
@WebServlet(ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

  static final String PATH = "/problem-error";

  private final ProblemMapping mapping = new ProblemMapping();

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer number ? number : response.getStatus();
    Problem problem = mapping.forStatus(status, null);
    response.setStatus(status);
    response.setContentType(ProblemResponses.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    if (status == 401) {
      response.setHeader("WWW-Authenticate", "Bearer");
    }
    response.getWriter().write(ProblemResponses.json(problem));
  }
}
