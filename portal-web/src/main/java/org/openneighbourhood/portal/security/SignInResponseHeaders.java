package org.openneighbourhood.portal.security;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.openneighbourhood.portal.configuration.OidcConfig;
import org.openneighbourhood.portal.problem.ErrorPages;

/**
 * The OpenID mechanism answers some requests itself, before any filter runs: the redirect to
 * Keycloak when an anonymous user opens a protected page, and a failed callback. This decorator
 * gives those responses the same {@link SecurityHeaders} as every page (Soteria applies CDI
 * decorators to its built-in mechanisms). Where the mechanism would call Keycloak (a new sign-in, a
 * token to renew) and Keycloak does not answer, it says sign-in is unavailable instead of waiting
 * on it.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class SignInResponseHeaders implements HttpAuthenticationMechanism {

  /** Where Keycloak returns the browser: the mechanism's own business, a sign-in in progress. */
  private static final String CALLBACK = "/callback";

  private static final Logger LOG = Logger.getLogger(SignInResponseHeaders.class.getName());

  @Inject @Delegate @Any HttpAuthenticationMechanism mechanism;

  @Inject OidcConfig oidcConfig;
  @Inject OpenIdContext openIdContext;
  @Inject ReplicatedSignIn replicated;
  @Inject SessionCopies copies;
  @Inject SignInAvailability signIn;
  @Inject RenewedTokens renewedTokens;

  /**
   * Also carries a sign-in across instances: where this instance has no OpenID context for the
   * session (another instance signed the user in, then died), the caller is signed in from the
   * session's {@link ReplicatedSignIn}; where it has one, the copy is brought up to date.
   */
  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    SecurityHeaders.write(request, response, SecurityHeadersFilter.providerOrigin(oidcConfig));
    if (request.getDispatcherType() != DispatcherType.ERROR
        && SecurityHeaders.isStatic(
            request.getRequestURI().substring(request.getContextPath().length()))) {
      // Styles, scripts and images are public: they need no sign-in and leave the session (and
      // its copy in the data grid) alone, so a page's parallel asset requests never race it.
      return context.doNothing();
    }
    // Before anything reads the session: the instance that served this browser may have died.
    copies.takeOver(request);
    boolean hasSession = request.getSession(false) != null;
    if (hasSession
        && openIdContext.getAccessToken() == null
        && !CALLBACK.equals(request.getServletPath())) {
      if (replicated.usable(Instant.now())) {
        LOG.fine("Signed in from the session's replicated copy: another instance signed them in");
        return context.notifyContainerAboutLogin(replicated.caller(), replicated.groups());
      }
      if (replicated.renewable()) {
        Optional<AuthenticationStatus> renewed = renewTakenOver(request, response, context);
        if (renewed.isPresent()) {
          return renewed.get();
        }
      }
    }
    if (context.isProtected()
        && openIdContext.getAccessToken() == null
        && !CALLBACK.equals(request.getServletPath())
        && !signIn.available()) {
      // The mechanism would send the browser to Keycloak, which does not answer: say so here.
      return signInUnavailable(request, response);
    }
    if (hasSession
        && openIdContext.getAccessToken() != null
        && openIdContext.getAccessToken().isExpired()
        && !CALLBACK.equals(request.getServletPath())
        && !signIn.available()) {
      // The mechanism would renew the token at Keycloak's token endpoint, with no time limit of
      // its own: a hung Keycloak would hold this request, and the user, indefinitely. A page that
      // needs sign-in says it is unavailable; a public one is served as to anyone.
      return context.isProtected() ? signInUnavailable(request, response) : context.doNothing();
    }
    boolean signedInBefore = request.getUserPrincipal() != null;
    AuthenticationStatus status = mechanism.validateRequest(request, response, context);
    if (status == AuthenticationStatus.SUCCESS && openIdContext.getAccessToken() != null) {
      Principal caller = context.getCallerPrincipal();
      replicated.copy(
          caller != null
              ? caller.getName()
              : openIdContext.getClaims().getPreferredUsername().orElse(openIdContext.getSubject()),
          context.getGroups(),
          openIdContext);
      if (signedInBefore) {
        keepGroups(context);
      }
    }
    return status;
  }

  /**
   * On a request of a session already signed in, the mechanism names only the caller to the
   * container, which is meant to take the groups from the session's principal. When several
   * sessions' requests arrive at once Payara sometimes does not (payara/Payara#6145): the caller
   * then has no role and the page's constraint answers 403. Naming the sign-in's groups again on
   * every such request makes the roles independent of that race.
   */
  private void keepGroups(HttpMessageContext context) throws AuthenticationException {
    Set<String> groups = replicated.groups();
    if (groups.isEmpty()) {
      return;
    }
    try {
      context
          .getHandler()
          .handle(
              new Callback[] {
                new GroupPrincipalCallback(
                    context.getClientSubject(), groups.toArray(String[]::new))
              });
    } catch (IOException | UnsupportedCallbackException e) {
      throw new AuthenticationException("Could not give the container the caller's groups", e);
    }
  }

  /**
   * Renews a sign-in this instance took over whose access token has expired, with the copy's
   * refresh token: the mechanism could only send the browser back through Keycloak, which lands the
   * user on their home page and loses the page they asked for. Empty when Keycloak refused (the
   * sign-in session ended): the copy is forgotten and the request goes on as anyone's.
   */
  private Optional<AuthenticationStatus> renewTakenOver(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    RenewedTokens.Renewal renewal = renewedTokens.renew(replicated.refreshToken().orElseThrow());
    switch (renewal.outcome()) {
      case RENEWED -> {
        replicated.renewed(renewal.tokens().orElseThrow());
        LOG.fine("Renewed a sign-in taken over from another instance");
        return Optional.of(
            context.notifyContainerAboutLogin(replicated.caller(), replicated.groups()));
      }
      case UNAVAILABLE -> {
        return Optional.of(
            context.isProtected() ? signInUnavailable(request, response) : context.doNothing());
      }
      default -> {
        replicated.forget();
        return Optional.empty();
      }
    }
  }

  /**
   * Signs out. Where this instance signed the user in, the mechanism does it (Keycloak's session
   * ends, with the ID token as hint). Where it took the sign-in over from another instance, the
   * mechanism holds no ID token (and would fail for want of one): the copy's is named instead, so
   * Keycloak ends its session without asking the user to confirm (without one, Keycloak asks).
   */
  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (openIdContext.getIdentityToken() != null) {
      mechanism.cleanSubject(request, response, context);
      return;
    }
    Optional<String> hint = replicated.identityToken();
    String requestUrl = request.getRequestURL().toString();
    String baseUrl =
        requestUrl.substring(0, requestUrl.length() - request.getRequestURI().length())
            + request.getContextPath();
    String endSession =
        renewedTokens.endSessionEndpoint()
            + "?post_logout_redirect_uri="
            + RenewedTokens.encoded(baseUrl + "/")
            + hint.map(token -> "&id_token_hint=" + RenewedTokens.encoded(token))
                .orElse("&client_id=" + RenewedTokens.encoded(oidcConfig.getClientId()));
    context.cleanClientSubject();
    replicated.forget();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    try {
      response.sendRedirect(endSession);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not send the browser to Keycloak's sign-out", e);
    }
  }

  /** The portal's "sign-in is unavailable" page, 503, in place of the redirect to Keycloak. */
  private static AuthenticationStatus signInUnavailable(
      HttpServletRequest request, HttpServletResponse response) throws AuthenticationException {
    request.setAttribute(ErrorPages.UNAVAILABLE, ErrorPages.SIGN_IN);
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", ErrorPages.RETRY_AFTER_SECONDS);
    try {
      request.getRequestDispatcher(ErrorPages.viewFor(503)).forward(request, response);
    } catch (IOException | ServletException e) {
      throw new AuthenticationException(e);
    }
    // Answered here, as a redirect would be: the container sends this response as it is.
    return AuthenticationStatus.SEND_CONTINUE;
  }
}
