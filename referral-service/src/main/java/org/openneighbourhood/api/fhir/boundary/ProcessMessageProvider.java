package org.openneighbourhood.api.fhir.boundary;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.RestfulServerUtils;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.openneighbourhood.api.configuration.control.Configured;
import org.openneighbourhood.api.configuration.control.Setting;
import org.openneighbourhood.api.fhir.control.BarsMessages;
import org.openneighbourhood.api.fhir.control.BarsOutcomes;
import org.openneighbourhood.api.fhir.control.Outcomes;
import org.openneighbourhood.api.identity.boundary.CurrentCaller;
import org.openneighbourhood.api.identity.control.TokenClaims;
import org.openneighbourhood.api.problem.entity.DomainException;

/**
 * BaRS's {@code POST /fhir/$process-message}: a partner system sends a referral as a message Bundle
 * and is answered with the acknowledgement (200), or with BaRS's coded {@code OperationOutcome}
 * (400 not a message or a part missing, 403 not allowed, 409 another message under a used id, 413
 * too large, 422 a message this service cannot act on). The body is read here, up to {@code
 * api.max-body-bytes}, rather than by HAPI, so that a message that is not FHIR is one of those
 * answers and not a failure of the server's.
 */
@Dependent
public class ProcessMessageProvider {

  @Inject CurrentCaller caller;
  @Inject JsonWebToken token;
  @Inject BarsInbox inbox;

  @Inject
  @Configured(Setting.MAX_BODY_BYTES)
  int maxBodyBytes;

  @Operation(
      name = "$process-message",
      manualRequest = true,
      manualResponse = true,
      idempotent = false)
  public void processMessage(
      RequestDetails details, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    for (String header : new String[] {"X-Request-Id", "X-Correlation-Id"}) {
      mirrored(request.getHeader(header)).ifPresent(id -> response.setHeader(header, id));
    }
    try {
      BarsMessages.Inbound message = BarsMessages.read(body(request));
      answer(details, response, inbox.receive(caller.get(), scopes(), message));
    } catch (DomainException refused) {
      int status = refused.type().status();
      throw BarsOutcomes.refused(
          status, Outcomes.issueType(status), Outcomes.of(refused).getMessage());
    }
  }

  /**
   * The acknowledgement as it was kept, when JSON is asked for (the default): parsed and encoded
   * again it would cost a tenth of a create's CPU for the same bytes (deployment/BENCHMARK.md).
   * XML, or JSON laid out for reading, is encoded as asked.
   */
  private static void answer(
      RequestDetails details, HttpServletResponse response, String acknowledgement)
      throws IOException {
    RestfulServerUtils.ResponseEncoding encoding =
        RestfulServerUtils.determineResponseEncodingWithDefault(details);
    String body = acknowledgement;
    if (encoding.getEncoding() != EncodingEnum.JSON
        || RestfulServerUtils.prettyPrintResponse(details.getServer(), details)) {
      FhirContext fhir = details.getFhirContext();
      body =
          RestfulServerUtils.getNewParser(fhir, fhir.getVersion().getVersion(), details)
              .encodeResourceToString(
                  fhir.newJsonParser().parseResource(Bundle.class, acknowledgement));
    }
    // A FHIR resource of the service's own encoding, typed as FHIR: never read as a page
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(encoding.getResourceContentType());
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  /** A request or correlation id as BaRS has them (a UUID), written afresh; anything else not. */
  private static Optional<String> mirrored(String value) {
    if (value == null || value.length() != 36) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(value).toString());
    } catch (IllegalArgumentException notOne) {
      return Optional.empty();
    }
  }

  private Set<String> scopes() {
    String scope = TokenClaims.text(token.getClaim("scope"));
    return scope == null
        ? Set.of()
        : Arrays.stream(scope.split(" ")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
  }

  private String body(HttpServletRequest request) {
    if (request.getContentLengthLong() > maxBodyBytes) {
      throw tooLarge();
    }
    ByteArrayOutputStream read = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try (InputStream in = request.getInputStream()) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        read.write(buffer, 0, n);
        if (read.size() > maxBodyBytes) {
          throw tooLarge();
        }
      }
    } catch (IOException broken) {
      throw BarsOutcomes.badRequest(IssueType.INVALID, "The body could not be read");
    }
    return read.toString(StandardCharsets.UTF_8);
  }

  private RuntimeException tooLarge() {
    return BarsOutcomes.refused(
        413, IssueType.TOOCOSTLY, "The message is larger than " + maxBodyBytes + " bytes");
  }
}
