package org.openneighbourhood.api.fhir.boundary;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.openneighbourhood.api.access.control.AccessPolicy;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.fhir.control.Outcomes;
import org.openneighbourhood.api.identity.control.CallerStanding;
import org.openneighbourhood.api.identity.control.TokenClaims;

/**
 * The FHIR API's door, as the REST API's request filters are its door: a request needs the caller's
 * bearer token, verified by MicroProfile JWT before the servlet runs (no call to Keycloak), and
 * refused when its sign-in session has ended, except for what the policy table gives to anyone (the
 * {@code CapabilityStatement}). Every failure leaves as an {@code OperationOutcome} through {@link
 * Outcomes}.
 */
@Interceptor
@Dependent
public class FhirGate {

  @Inject JsonWebToken token;
  @Inject CallerStanding standing;
  @Inject AccessPolicy policy;

  @Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
  public boolean signedIn(
      RequestDetails details, HttpServletRequest request, HttpServletResponse response) {
    if ("metadata".equals(details.getRequestPath()) && policy.isPublic(Operation.FHIR_METADATA)) {
      return true;
    }
    if (request.getUserPrincipal() == null) {
      response.setHeader("WWW-Authenticate", "Bearer");
      throw Outcomes.of(new AuthenticationException("A valid bearer token is required"));
    }
    String session = TokenClaims.text(token.getClaim("sid"));
    if (session != null
        && !session.isBlank()
        && standing.of(token.getSubject(), session).sessionEnded()) {
      throw Outcomes.of(
          new AuthenticationException("This sign-in session has ended: sign in again"));
    }
    return true;
  }

  /** A refusal thrown before HAPI chose a method does not pass here: it carries its outcome. */
  @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
  public BaseServerResponseException outgoing(Throwable failure) {
    return Outcomes.of(failure);
  }
}
