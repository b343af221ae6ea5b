package org.openneighbourhood.portal.security;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.openneighbourhood.portal.configuration.OidcConfig;

/**
 * The OpenID mechanism answers some requests itself, before any filter runs: the redirect to
 * Keycloak when an anonymous user opens a protected page, and a failed callback. This decorator
 * gives those responses the same {@link SecurityHeaders} as every page (Soteria applies CDI
 * decorators to its built-in mechanisms).
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class SignInResponseHeaders implements HttpAuthenticationMechanism {

  @Inject @Delegate @Any HttpAuthenticationMechanism mechanism;

  @Inject OidcConfig oidcConfig;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    SecurityHeaders.write(request, response, SecurityHeadersFilter.providerOrigin(oidcConfig));
    return mechanism.validateRequest(request, response, context);
  }
}
