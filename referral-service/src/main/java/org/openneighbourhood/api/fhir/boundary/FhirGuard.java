package org.openneighbourhood.api.fhir.boundary;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.openneighbourhood.api.configuration.control.Setting;
import org.openneighbourhood.api.fhir.control.BarsOutcomes;
import org.openneighbourhood.api.fhir.control.Fhir;
import org.openneighbourhood.api.fhir.control.Outcomes;
import org.openneighbourhood.api.problem.boundary.InputGuard;
import org.openneighbourhood.api.problem.entity.DomainException;

/**
 * The REST API's hostile-input checks ({@link InputGuard}) in front of the FHIR API, with the same
 * limits, answered as {@code OperationOutcome}s: a query parameter with a control character, a body
 * over {@code api.max-body-bytes} (413, read no further than the limit), and a JSON body that is
 * not UTF-8, is nested more than 32 levels, carries a control character or has content after the
 * value (400). HAPI's own parser would otherwise read a deep or huge body whole before any check. A
 * refusal of a BaRS message carries BaRS's error code, as the message's other refusals do. Every
 * answer is held until whole and sent with its length ({@link WholeAnswer}).
 */
@WebFilter(urlPatterns = FhirServlet.PATH + "/*")
public class FhirGuard extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private volatile long maxBodyBytes;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    byte[] body;
    try {
      for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
        InputGuard.checkParameter(parameter.getKey(), parameter.getKey());
        for (String value : parameter.getValue()) {
          InputGuard.checkParameter(parameter.getKey(), value);
        }
      }
      body = readBody(request);
      if (body.length > 0 && isJson(request.getContentType())) {
        InputGuard.check(body);
      }
    } catch (DomainException refused) {
      refuse(request, response, refused);
      return;
    }
    WholeAnswer answer = new WholeAnswer(response);
    chain.doFilter(body.length == 0 ? request : new ReadAgain(request, body), answer);
    answer.send();
  }

  private byte[] readBody(HttpServletRequest request) throws IOException {
    String method = request.getMethod();
    if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
      return new byte[0];
    }
    return InputGuard.withinLimit(
        request.getContentLengthLong(), request.getInputStream(), maxBodyBytes());
  }

  private static boolean isJson(String contentType) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    return type.contains("json") || type.isBlank();
  }

  private static void refuse(
      HttpServletRequest request, HttpServletResponse response, DomainException refused)
      throws IOException {
    int status = refused.type().status();
    IssueType type = status == 413 ? IssueType.TOOCOSTLY : IssueType.INVALID;
    BaseServerResponseException answer =
        request.getRequestURI().endsWith("/$process-message")
            ? BarsOutcomes.refused(status, type, refused.getMessage())
            : Outcomes.of(refused);
    OperationOutcome outcome = (OperationOutcome) answer.getOperationOutcome();
    outcome.getIssueFirstRep().setCode(type);
    response.setStatus(status);
    response.setContentType("application/fhir+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(Fhir.context().newJsonParser().encodeResourceToString(outcome));
  }

  private long maxBodyBytes() {
    if (maxBodyBytes == 0) {
      maxBodyBytes = Setting.MAX_BODY_BYTES.wholeNumber(ConfigProvider.getConfig());
    }
    return maxBodyBytes;
  }

  /** The request with its body, already read and checked, to be read again by HAPI. */
  private static final class ReadAgain extends HttpServletRequestWrapper {
    private final byte[] body;

    ReadAgain(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body.clone();
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("Read synchronously");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      return new BufferedReader(
          new InputStreamReader(
              new ByteArrayInputStream(body),
              encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public int getContentLength() {
      return body.length;
    }
  }
}
