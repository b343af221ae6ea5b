package org.openneighbourhood.api.problem.entity;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * The one table of problem types this API answers with, and the HTTP status of each. Clients rely
 * on the slugs (they are in the API contract), so a slug never changes meaning.
 */
public enum ProblemType {
  VALIDATION("validation", 400, "Your request has errors"),
  UNAUTHORIZED("unauthorized", 401, "Sign-in required"),
  SESSION_ENDED("session-ended", 401, "Signed out"),
  FORBIDDEN("forbidden", 403, "You are not allowed to do this"),
  NO_ACTING_ORGANISATION("no-acting-organisation", 403, "No acting organisation"),
  NOT_FOUND("not-found", 404, "Not found"),
  PERSON_ALREADY_REGISTERED("person-already-registered", 409, "Person already registered"),
  ALREADY_IN_CARE_TEAM("already-in-care-team", 409, "Already in the care team"),
  INVALID_TRANSITION("invalid-transition", 409, "The referral cannot change like this"),
  SERVICE_NOT_ACCEPTING("service-not-accepting", 409, "The service is not accepting referrals"),
  SERVICE_RETIRED("service-retired", 409, "The service has been taken out of the directory"),
  ALREADY_EXISTS("already-exists", 409, "Already exists"),
  STALE("stale", 412, "Someone else changed this"),
  IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "Idempotency key used for another request"),
  TOO_LARGE("too-large", 413, "Request too large"),
  VERSION_REQUIRED("version-required", 428, "Say which version you are changing"),
  INTERNAL("internal", 500, "Something went wrong"),
  IDENTITY_UNAVAILABLE("identity-unavailable", 503, "Sign-in service unavailable"),
  DATABASE_UNAVAILABLE("database-unavailable", 503, "Service temporarily unavailable"),
  /**
   * More requests at once than the instance takes on ({@code overload/boundary/Shedding}), or a
   * request the database stopped because another was changing the same records at the same moment
   * (a deadlock it broke): nothing was kept, and the same request again normally goes through.
   */
  OVERLOADED("overloaded", 503, "Too busy just now"),
  /**
   * No instance of the API is up (starting, restarting): answered by the load balancer in front of
   * the instances (see deployment's {@code LoadBalancer}), never by the API itself.
   */
  SERVICE_UNAVAILABLE("service-unavailable", 503, "Service temporarily unavailable");

  private static final String PREFIX = "urn:neighbourhood:problem:";

  private final String slug;
  private final int status;
  private final String title;

  ProblemType(String slug, int status, String title) {
    this.slug = slug;
    this.status = status;
    this.title = title;
  }

  public String slug() {
    return slug;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String uri() {
    return PREFIX + slug;
  }

  public static Optional<ProblemType> ofSlug(String slug) {
    return Stream.of(values()).filter(type -> type.slug.equals(slug)).findFirst();
  }
}
