package org.openneighbourhood.api.problem.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.access.entity.AccessDeniedException;
import org.openneighbourhood.api.directory.entity.ServiceNotAcceptingException;
import org.openneighbourhood.api.person.entity.PersonAlreadyRegisteredException;
import org.openneighbourhood.api.problem.entity.InvalidInputException;
import org.openneighbourhood.api.problem.entity.Problem;
import org.openneighbourhood.api.problem.entity.ProblemType;
import org.openneighbourhood.api.problem.entity.RecordNotFoundException;
import org.openneighbourhood.api.referral.entity.InvalidTransitionException;
import org.openneighbourhood.api.referral.entity.ReferralStatus;

class ProblemMappingTest {

  private final ProblemMapping mapping = new ProblemMapping();

  @Test
  void slugsAndStatusesAreThoseOfTheContract() {
    Map<String, Integer> table =
        Stream.of(ProblemType.values())
            .collect(Collectors.toMap(ProblemType::slug, ProblemType::status));
    assertEquals(
        Map.ofEntries(
            Map.entry("validation", 400),
            Map.entry("session-ended", 401),
            Map.entry("stale", 412),
            Map.entry("idempotency-key-reused", 422),
            Map.entry("version-required", 428),
            Map.entry("too-large", 413),
            Map.entry("unauthorized", 401),
            Map.entry("forbidden", 403),
            Map.entry("no-acting-organisation", 403),
            Map.entry("not-found", 404),
            Map.entry("person-already-registered", 409),
            Map.entry("invalid-transition", 409),
            Map.entry("service-not-accepting", 409),
            Map.entry("service-retired", 409),
            Map.entry("already-in-care-team", 409),
            Map.entry("already-exists", 409),
            Map.entry("internal", 500),
            Map.entry("identity-unavailable", 503),
            Map.entry("database-unavailable", 503),
            Map.entry("overloaded", 503),
            Map.entry("service-unavailable", 503)),
        table);
    assertEquals(
        "urn:neighbourhood:problem:invalid-transition", ProblemType.INVALID_TRANSITION.uri());
  }

  @Test
  void domainExceptionsMapToTheirProblemType() {
    assertEquals(
        409,
        mapping
            .forDomain(
                new InvalidTransitionException(
                    ReferralStatus.ACCEPTED, ReferralStatus.DECLINED, "Closed"))
            .status());
    assertEquals(
        409, mapping.forDomain(ServiceNotAcceptingException.paused("Walks", null)).status());
    assertEquals(409, mapping.forDomain(new PersonAlreadyRegisteredException()).status());
    assertEquals(404, mapping.forDomain(new RecordNotFoundException("Person")).status());
    assertEquals(
        "urn:neighbourhood:problem:no-acting-organisation",
        mapping.forDomain(AccessDeniedException.noActingOrganisation("none")).type());
  }

  @Test
  void invalidInputListsTheField() {
    Problem problem = mapping.forDomain(new InvalidInputException("note", "Say why"));
    assertEquals(400, problem.status());
    assertEquals("note", problem.errors().get(0).field());
    assertEquals("Say why", problem.errors().get(0).message());
  }

  @Test
  void validationPathsBecomeJsonPropertyNames() {
    assertEquals("nhsNumber", ProblemMapping.fieldName("register.registration.nhsNumber"));
    assertEquals("nhsNumber", ProblemMapping.fieldName("find.nhsNumber"));
    assertEquals("categories", ProblemMapping.fieldName("a.b.categories[2]"));
    assertEquals("text", ProblemMapping.fieldName("text"));
  }

  @Test
  void runtimeStatusesMapToProblemTypes() {
    assertEquals(ProblemType.UNAUTHORIZED.uri(), mapping.forStatus(401, null).type());
    assertEquals(ProblemType.FORBIDDEN.uri(), mapping.forStatus(403, null).type());
    assertEquals(ProblemType.NOT_FOUND.uri(), mapping.forStatus(404, null).type());
    assertEquals(ProblemType.VALIDATION.uri(), mapping.forStatus(400, null).type());
    assertEquals(ProblemType.INTERNAL.uri(), mapping.forStatus(503, null).type());
  }

  @Test
  void statusesWithoutATypeOfTheirOwnUseAboutBlank() {
    Problem problem = mapping.forStatus(405, "Method Not Allowed");
    assertEquals("about:blank", problem.type());
    assertEquals(405, problem.status());
    assertEquals("Method Not Allowed", problem.title());
  }

  @Test
  void unexpectedErrorsCarryAnIncidentIdAndNoDetailsOfTheFault() {
    UUID incident = UUID.randomUUID();
    Problem problem = mapping.forUnexpected(incident);
    assertEquals(500, problem.status());
    assertEquals("urn:uuid:" + incident, problem.instance());
    assertEquals(ProblemType.INTERNAL.uri(), problem.type());
  }

  @Test
  void clientErrorsHaveNoInstance() {
    assertNull(mapping.forStatus(404, null).instance());
  }

  @Test
  void anAnswerSaysHowToAuthenticateOrWhenToTryAgain() {
    assertEquals(
        Map.of("Retry-After", "5"), ProblemResponses.headers(mapping.forDatabaseUnavailable()));
    assertEquals(
        Map.of("Retry-After", "5"), ProblemResponses.headers(mapping.forConcurrentChange()));
    assertEquals(503, mapping.forConcurrentChange().status());
    assertEquals(
        Map.of("WWW-Authenticate", "Bearer"),
        ProblemResponses.headers(mapping.forStatus(401, null)));
    assertEquals(Map.of(), ProblemResponses.headers(mapping.forStatus(404, null)));
  }
}
