package org.openneighbourhood.portal.problem;

import jakarta.faces.FacesException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.ws.rs.ProcessingException;
import java.io.IOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openneighbourhood.portal.api.ApiProblemException;

/**
 * Shows a friendly page instead of a stack trace. An expired or forged form (ViewState) sends the
 * user to "your session expired"; an API refusal becomes the matching error page; anything else is
 * logged with an id and shown as the "something went wrong" page. The API out of reach, or saying
 * that what it needs is (503), shows "the service is unavailable", with 503 and Retry-After.
 */
public class FriendlyExceptionHandler extends ExceptionHandlerWrapper {

  private static final Logger LOG = Logger.getLogger(FriendlyExceptionHandler.class.getName());

  public FriendlyExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    Throwable thrown = null;
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable next = events.next().getContext().getException();
      if (thrown == null) {
        thrown = next;
      }
      events.remove();
    }
    if (thrown != null) {
      FacesContext context = FacesContext.getCurrentInstance();
      try {
        respond(context, thrown);
      } catch (IOException e) {
        throw new FacesException(e);
      } finally {
        context.responseComplete();
      }
    }
    getWrapped().handle();
  }

  private static void respond(FacesContext context, Throwable thrown) throws IOException {
    ExternalContext external = context.getExternalContext();
    if (external.isResponseCommitted()) {
      LOG.log(Level.WARNING, "Failure after the page started rendering", thrown);
      return;
    }
    if (find(thrown, ViewExpiredException.class) != null
        || find(thrown, ProtectedViewException.class) != null) {
      external.redirect(external.getRequestContextPath() + "/session-expired.xhtml");
      return;
    }
    ApiProblemException problem = find(thrown, ApiProblemException.class);
    if (problem != null && problem.is(401, "session-ended")) {
      // Keycloak ended the sign-in session (a sign-out elsewhere, or an admin ended it) and told
      // the API, which refuses its tokens on every instance: end this session too.
      external.invalidateSession();
      external.redirect(external.getRequestContextPath() + "/session-ended.xhtml");
      return;
    }
    if (problem != null && problem.status() == 401) {
      // The API no longer accepts the token: sign in again rather than show a dead end.
      external.redirect(external.getRequestContextPath() + "/session-expired.xhtml");
      return;
    }
    if ((problem != null && problem.status() == 503)
        || (problem == null && find(thrown, ProcessingException.class) != null)) {
      // The API says the database or Keycloak is away, or cannot be reached itself: an outage,
      // not a fault, and the user is told so.
      LOG.log(
          Level.WARNING,
          "referral-service is unavailable to {0}: {1}",
          new Object[] {viewId(context), problem != null ? problem.slug() : thrown.toString()});
      if (problem != null && problem.slug().equals("identity-unavailable")) {
        external.getRequestMap().put(ErrorPages.UNAVAILABLE, ErrorPages.SIGN_IN);
      }
      ErrorPages.show(context, 503);
      return;
    }
    if (problem != null && problem.status() < 500) {
      LOG.log(
          Level.INFO,
          "referral-service refused a request from {0}: {1} {2}",
          new Object[] {viewId(context), problem.status(), problem.slug()});
      ErrorPages.show(context, pageStatus(problem.status()));
      return;
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, thrown);
    ErrorPages.show(context, 500);
  }

  /** A refusal the page did not handle: forbidden, not found, or (a conflict) a problem. */
  static int pageStatus(int apiStatus) {
    return switch (apiStatus) {
      case 403 -> 403;
      case 400, 404 -> 404;
      default -> 500;
    };
  }

  private static String viewId(FacesContext context) {
    return context.getViewRoot() == null ? "?" : context.getViewRoot().getViewId();
  }

  private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
