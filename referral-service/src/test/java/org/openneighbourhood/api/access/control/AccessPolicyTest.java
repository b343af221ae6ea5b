package org.openneighbourhood.api.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openneighbourhood.api.access.entity.AccessDeniedException;
import org.openneighbourhood.api.access.entity.AuditEvent.RecordType;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.access.entity.Decision;
import org.openneighbourhood.api.access.entity.HiddenRecordException;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.access.entity.Relationship;
import org.openneighbourhood.api.access.entity.Role;
import org.openneighbourhood.api.problem.entity.DomainException;
import org.openneighbourhood.api.problem.entity.ProblemType;

/**
 * The policy engine, with the relationship given: every operation x every role x every
 * relationship, the answer expected read from the table's own text, not from the engine. A refusal
 * is audited as denied; an allowed access when its use case completes (or as the use case names
 * it).
 */
class AccessPolicyTest {

  private static final UUID PAT = UUID.fromString("00000000-0000-0000-0000-00000000c001");

  private final List<String> audited = new ArrayList<>();
  private Relationship given = Relationship.NONE;
  private final AccessPolicy policy = new AccessPolicy();
  private final Disclosures disclosures = new Disclosures();

  AccessPolicyTest() {
    disclosures.entered();
    policy.disclosures = disclosures;
    policy.relationships =
        new Relationships() {
          @Override
          public Relationship toPerson(String organisationAlias, UUID personId) {
            return given;
          }
        };
    policy.audit =
        new AuditLog() {
          @Override
          public void allowed(
              Caller caller,
              String acting,
              Operation operation,
              RecordType type,
              UUID recordId,
              UUID personId) {
            audited.add("ALLOWED " + operation.id());
          }

          @Override
          public void denied(
              Caller caller,
              String acting,
              Operation operation,
              RecordType type,
              UUID recordId,
              UUID personId) {
            audited.add("DENIED " + operation.id());
          }
        };
    policy.ownRecords = claim -> "9990000018".equals(claim) ? Optional.of(PAT) : Optional.empty();
  }

  static Stream<Arguments> everyCellOfTheTable() {
    List<Arguments> cells = new ArrayList<>();
    for (PolicyTableText.Row row : PolicyTableText.rows()) {
      if (row.operation().isField()) {
        continue; // not a request: SensitiveFieldsTest
      }
      for (String role : Role.ALL) {
        for (Relationship relationship : Relationship.values()) {
          if (relationship == Relationship.SELF && !Role.PERSON.equals(role)) {
            continue; // only a person has a record of their own
          }
          if (Role.PLATFORM_ADMIN.equals(role) && relationship != Relationship.NONE) {
            continue; // a platform admin acts for no organisation: nobody's care team, ever
          }
          if (Role.PERSON.equals(role)
              && relationship != Relationship.SELF
              && relationship != Relationship.NONE) {
            continue; // a person acts for no organisation: their own record, or no one's
          }
          Decision expected =
              row.roles().contains(role) || row.roles().contains(Role.ANYONE)
                  ? row.cells().get(relationship)
                  : Decision.DENY;
          cells.add(Arguments.of(row.operation(), role, relationship, expected));
        }
      }
    }
    return cells.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2} -> {3}")
  @MethodSource("everyCellOfTheTable")
  void decidesAsTheTableSays(
      Operation operation, String role, Relationship relationship, Decision expected) {
    Caller caller = callerFor(role, relationship);
    given = relationship;
    if (expected == Decision.DENY) {
      // a role the row never lists is refused as such; a listed role's refusal depends on the
      // record, so it answers as no such person, and is audited as refused all the same
      boolean listed = PolicyTable.load().mentions(operation, caller.roles());
      Class<? extends DomainException> refusal =
          listed ? HiddenRecordException.class : AccessDeniedException.class;
      DomainException denied =
          assertThrows(
              refusal,
              () -> policy.toPerson(caller, operation, PAT, RecordType.PERSON),
              () -> operation.id() + " " + role + " " + relationship);
      assertEquals(listed ? ProblemType.NOT_FOUND : ProblemType.FORBIDDEN, denied.type());
      assertEquals(
          listed ? "Person not found" : "Your role does not allow this", denied.getMessage());
      assertEquals(List.of("DENIED " + operation.id()), audited, "a refusal is audited");
    } else {
      Access access = policy.toPerson(caller, operation, PAT, RecordType.PERSON);
      assertEquals(expected == Decision.MASKED, access.masked());
      assertTrue(audited.isEmpty(), "nothing written until the use case completes");
      disclosures.writeAll();
      assertEquals(
          expected == Decision.MASKED ? List.of() : List.of("ALLOWED " + operation.id()),
          audited,
          "a disclosure is audited when the use case completes, a masked answer discloses nothing");
    }
  }

  /** A staff member of one organisation, or the person (whose own record Pat is when SELF). */
  private static Caller callerFor(String role, Relationship relationship) {
    if (Role.PERSON.equals(role)) {
      String nhsNumber = relationship == Relationship.SELF ? "9990000018" : "9990000026";
      return new Caller("p", "P", Set.of(role), List.of(), null, nhsNumber);
    }
    return new Caller("u", "U", Set.of(role), List.of("some-organisation"), null, null);
  }

  @Test
  void aRecordTheUseCaseNamesReplacesTheSubjectsRow() {
    Caller gp =
        new Caller("u", "U", Set.of(Role.GP_STAFF), List.of("riverside-surgery"), null, null);
    given = Relationship.CARE_TEAM;
    Access named = policy.toPerson(gp, Operation.PERSON_READ, PAT, RecordType.PERSON);
    Access unnamed = policy.toPerson(gp, Operation.PLAN_READ, PAT, RecordType.PLAN);
    named.record(RecordType.SAFEGUARDING_NOTE, UUID.randomUUID());
    assertEquals(List.of("ALLOWED " + Operation.PERSON_READ.id()), audited, "written at once");
    disclosures.writeAll();
    assertEquals(
        List.of("ALLOWED " + Operation.PERSON_READ.id(), "ALLOWED " + Operation.PLAN_READ.id()),
        audited,
        "the named record instead of the subject; the other access's subject when it completes");
    disclosures.writeAll();
    assertEquals(2, audited.size(), "each access is written once");
  }

  @Test
  void aUseCaseThatFailedWritesNothingAllowed() {
    Caller gp =
        new Caller("u", "U", Set.of(Role.GP_STAFF), List.of("riverside-surgery"), null, null);
    given = Relationship.CARE_TEAM;
    policy.toPerson(gp, Operation.PERSON_READ, PAT, RecordType.PERSON);
    disclosures.forget();
    disclosures.writeAll();
    assertTrue(audited.isEmpty());
  }

  @Test
  void anAccessDecidedOutsideAnAuditedUseCaseIsAFault() {
    Disclosures outside = new Disclosures();
    policy.disclosures = outside;
    Caller gp =
        new Caller("u", "U", Set.of(Role.GP_STAFF), List.of("riverside-surgery"), null, null);
    given = Relationship.CARE_TEAM;
    assertThrows(
        IllegalStateException.class,
        () -> policy.toPerson(gp, Operation.PERSON_READ, PAT, RecordType.PERSON));
  }

  @Test
  void aFieldIsNeverDecidedAsARequest() {
    Caller gp =
        new Caller("u", "U", Set.of(Role.GP_STAFF), List.of("riverside-surgery"), null, null);
    given = Relationship.CARE_TEAM;
    for (Operation field : Operation.values()) {
      if (field.isField()) {
        assertThrows(
            IllegalArgumentException.class,
            () -> policy.toPerson(gp, field, PAT, RecordType.PERSON));
        assertThrows(
            IllegalArgumentException.class,
            () -> policy.checkWithoutPerson(gp, field, RecordType.PERSON));
      }
    }
    Access read = policy.toPerson(gp, Operation.PERSON_READ, PAT, RecordType.PERSON);
    assertThrows(IllegalArgumentException.class, () -> read.sees(Operation.PERSON_READ));
  }

  @Test
  void theFieldsFollowTheRelationshipThatDecidedTheRequest() {
    Caller gp =
        new Caller("u", "U", Set.of(Role.GP_STAFF), List.of("riverside-surgery"), null, null);
    given = Relationship.CARE_TEAM;
    Access inTheCareTeam = policy.toPerson(gp, Operation.PERSON_READ, PAT, RecordType.PERSON);
    given = Relationship.SENDER;
    Access sentAReferral = policy.toPerson(gp, Operation.PERSON_READ, PAT, RecordType.PERSON);
    assertTrue(inTheCareTeam.sees(Operation.FIELD_SAFEGUARDING_NOTES));
    assertTrue(inTheCareTeam.sees(Operation.FIELD_RESTRICTED_ADDRESS));
    assertFalse(sentAReferral.sees(Operation.FIELD_SAFEGUARDING_NOTES));
    assertFalse(sentAReferral.sees(Operation.FIELD_RESTRICTED_ADDRESS));
  }

  @Test
  void aMaskedAnswerShowsNoField() {
    Caller gp =
        new Caller("u", "U", Set.of(Role.GP_STAFF), List.of("riverside-surgery"), null, null);
    given = Relationship.NONE;
    Access masked = policy.toPerson(gp, Operation.PERSON_FIND, PAT, RecordType.PERSON);
    assertTrue(masked.masked());
    assertFalse(masked.sees(Operation.FIELD_SAFEGUARDING_NOTES));
    assertFalse(masked.sees(Operation.FIELD_RESTRICTED_ADDRESS));
  }

  @Test
  void severalRolesGetTheMostOpenAnswer() {
    given = Relationship.RECEIVER;
    Caller both =
        new Caller(
            "u", "U", Set.of(Role.ORG_ADMIN, Role.VCFSE_STAFF), List.of("green-minds"), null, null);
    assertFalse(policy.toPerson(both, Operation.PLAN_READ, PAT, RecordType.PLAN).masked());
  }

  @Test
  void aRoleNotInTheRealmGetsNothing() {
    Caller stranger = new Caller("u", "U", Set.of("offline_access"), List.of(), null, null);
    assertThrows(
        AccessDeniedException.class,
        () -> policy.checkWithoutPerson(stranger, Operation.DIRECTORY_LIST, RecordType.DIRECTORY));
    assertEquals(List.of("DENIED directory.list"), audited);
  }

  @Test
  void everyRealmRoleBrowsesTheDirectory() {
    for (String role : Role.ALL) {
      Caller caller = new Caller("u", "U", Set.of(role), List.of("org"), null, "9990000018");
      policy.checkWithoutPerson(caller, Operation.DIRECTORY_LIST, RecordType.DIRECTORY);
    }
  }

  @Test
  void commissionersAndThePlatformAdminReadTheAreasAndOnlyThePlatformAdminMovesAnOrganisation() {
    for (String role : Role.ALL) {
      Caller caller = new Caller("u", "U", Set.of(role), List.of("org"), null, "9990000018");
      boolean readsAreas = Role.COMMISSIONER.equals(role) || Role.PLATFORM_ADMIN.equals(role);
      boolean moves = Role.PLATFORM_ADMIN.equals(role);
      assertEquals(
          readsAreas,
          allowed(caller, Operation.ORGANISATION_AREAS, RecordType.DIRECTORY),
          role + " reads the areas?");
      assertEquals(
          moves,
          allowed(caller, Operation.ORGANISATION_PCN, RecordType.ORGANISATION),
          role + " changes an organisation's PCN?");
    }
  }

  private boolean allowed(Caller caller, Operation operation, RecordType type) {
    try {
      policy.checkWithoutPerson(caller, operation, type);
      return true;
    } catch (AccessDeniedException e) {
      return false;
    }
  }

  @Test
  void theOpenReferralApiEndedSessionsAndTheFhirCapabilitiesAreOpenToAnyoneAndNothingElseIs() {
    Set<Operation> open =
        Set.of(Operation.OPEN_REFERRAL_READ, Operation.SESSION_END, Operation.FHIR_METADATA);
    for (Operation operation : open) {
      policy.checkPublic(operation);
      assertTrue(policy.isPublic(operation));
    }
    for (Operation operation : Operation.values()) {
      if (!open.contains(operation)) {
        assertFalse(policy.isPublic(operation), operation.id() + " is not public");
        assertThrows(AccessDeniedException.class, () -> policy.checkPublic(operation));
      }
    }
    assertTrue(audited.isEmpty(), "nobody to audit");
  }

  @Test
  void singleOrganisationIsTheActingOrganisation() {
    assertEquals("green-minds", policy.actingOrganisation(staff("green-minds")));
  }

  @Test
  void headerChoosesAmongSeveralOrganisations() {
    Caller caller = choosing("money-matters", "green-minds", "money-matters");
    assertEquals("money-matters", policy.actingOrganisation(caller));
  }

  @Test
  void choosingAnOrganisationTheCallerIsNotInIsForbidden() {
    var denied =
        assertThrows(
            AccessDeniedException.class,
            () -> policy.actingOrganisation(choosing("money-matters", "green-minds")));
    assertEquals(ProblemType.FORBIDDEN, denied.type());
  }

  @Test
  void severalOrganisationsWithoutAChoiceIsRefusedWithAClearProblem() {
    var denied =
        assertThrows(
            AccessDeniedException.class,
            () -> policy.actingOrganisation(staff("green-minds", "money-matters")));
    assertEquals(ProblemType.NO_ACTING_ORGANISATION, denied.type());
  }

  @Test
  void noOrganisationIsRefusedWithAClearProblem() {
    var denied =
        assertThrows(AccessDeniedException.class, () -> policy.actingOrganisation(staff()));
    assertEquals(ProblemType.NO_ACTING_ORGANISATION, denied.type());
  }

  @Test
  void aPersonWithoutAValidNhsNumberHasNoOwnRecord() {
    Caller noNumber = new Caller("p", "P", Set.of(Role.PERSON), List.of(), null, "123");
    assertTrue(policy.ownRecord(noNumber).isEmpty());
  }

  private static Caller staff(String... organisations) {
    return new Caller("u", "U", Set.of(Role.VCFSE_STAFF), List.of(organisations), null, null);
  }

  private static Caller choosing(String chosen, String... organisations) {
    return new Caller("u", "U", Set.of(Role.VCFSE_STAFF), List.of(organisations), chosen, null);
  }
}
