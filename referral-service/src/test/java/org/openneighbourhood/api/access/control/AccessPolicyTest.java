package org.openneighbourhood.api.access.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openneighbourhood.api.access.entity.AccessDeniedException;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.access.entity.Role;
import org.openneighbourhood.api.directory.entity.Capacity;
import org.openneighbourhood.api.directory.entity.Service;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.organisation.entity.Sector;
import org.openneighbourhood.api.person.entity.NhsNumber;
import org.openneighbourhood.api.person.entity.Person;
import org.openneighbourhood.api.problem.entity.ProblemType;
import org.openneighbourhood.api.referral.entity.Referral;
import org.openneighbourhood.api.referral.entity.Urgency;

class AccessPolicyTest {

  private final AccessPolicy policy = new AccessPolicy();

  private final Organisation pcn =
      new Organisation(UUID.randomUUID(), "northgate-pcn", "PCN", Sector.PCN, null, null, null);
  private final Organisation greenMinds =
      new Organisation(UUID.randomUUID(), "green-minds", "GM", Sector.VCFSE, null, null, null);
  private final Referral referral =
      Referral.send(
          new Person(
              UUID.randomUUID(),
              NhsNumber.parse("9990000018"),
              "Pat",
              "Example",
              LocalDate.of(1958, 4, 12),
              LocalDate.of(2025, 1, 1)),
          new Service(
              UUID.randomUUID(), greenMinds, "Walk", "Walks", List.of(), Capacity.ACCEPTING, 10),
          pcn,
          "Lina Link",
          "Reason",
          null,
          Urgency.ROUTINE,
          true,
          Instant.parse("2025-03-03T09:00:00Z"));

  private static Caller caller(String role, String... organisations) {
    return new Caller("u", "U", Set.of(role), List.of(organisations), null, null);
  }

  private static Caller choosing(String role, String chosen, String... organisations) {
    return new Caller("u", "U", Set.of(role), List.of(organisations), chosen, null);
  }

  private static Caller person(String nhsNumber) {
    return new Caller("p", "P", Set.of(Role.PERSON), List.of(), null, nhsNumber);
  }

  private static void assertDenied(ProblemType type, Runnable action) {
    var denied = assertThrows(AccessDeniedException.class, action::run);
    assertEquals(type, denied.type());
  }

  @Test
  void singleOrganisationIsTheActingOrganisation() {
    assertEquals("green-minds", policy.actingOrganisation(caller(Role.VCFSE_STAFF, "green-minds")));
  }

  @Test
  void headerChoosesAmongSeveralOrganisations() {
    Caller caller = choosing(Role.VCFSE_STAFF, "money-matters", "green-minds", "money-matters");
    assertEquals("money-matters", policy.actingOrganisation(caller));
  }

  @Test
  void choosingAnOrganisationTheCallerIsNotInIsForbidden() {
    assertDenied(
        ProblemType.FORBIDDEN,
        () ->
            policy.actingOrganisation(choosing(Role.VCFSE_STAFF, "money-matters", "green-minds")));
  }

  @Test
  void callerWithoutOrganisationCannotSend() {
    assertDenied(
        ProblemType.NO_ACTING_ORGANISATION, () -> policy.checkCanSend(caller(Role.LINK_WORKER)));
  }

  @Test
  void callerInSeveralOrganisationsMustChoose() {
    assertDenied(
        ProblemType.NO_ACTING_ORGANISATION,
        () -> policy.checkCanSend(caller(Role.LINK_WORKER, "northgate-pcn", "riverside-surgery")));
  }

  @ParameterizedTest
  @ValueSource(strings = {Role.LINK_WORKER, Role.GP_STAFF, Role.SOCIAL_CARE})
  void referrersSendForTheirOrganisation(String role) {
    assertEquals("northgate-pcn", policy.checkCanSend(caller(role, "northgate-pcn")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        Role.VCFSE_STAFF,
        Role.ORG_ADMIN,
        Role.COMMISSIONER,
        Role.PERSON,
        Role.PLATFORM_ADMIN
      })
  void otherRolesCannotSend(String role) {
    assertDenied(ProblemType.FORBIDDEN, () -> policy.checkCanSend(caller(role, "green-minds")));
  }

  @Test
  void receivingOrganisationCanDecide() {
    assertDoesNotThrow(
        () -> policy.checkCanDecide(caller(Role.VCFSE_STAFF, "green-minds"), referral));
  }

  @Test
  void otherOrganisationCannotDecide() {
    assertDenied(
        ProblemType.FORBIDDEN,
        () -> policy.checkCanDecide(caller(Role.VCFSE_STAFF, "money-matters"), referral));
  }

  @Test
  void referringOrganisationCannotDecideItsOwnReferral() {
    assertDenied(
        ProblemType.FORBIDDEN,
        () -> policy.checkCanDecide(caller(Role.LINK_WORKER, "northgate-pcn"), referral));
  }

  @Test
  void bothSidesCanViewAReferral() {
    assertDoesNotThrow(
        () -> policy.checkCanView(caller(Role.LINK_WORKER, "northgate-pcn"), referral));
    assertDoesNotThrow(
        () -> policy.checkCanView(caller(Role.VCFSE_STAFF, "green-minds"), referral));
  }

  @Test
  void unrelatedOrganisationCannotViewAReferral() {
    assertDenied(
        ProblemType.FORBIDDEN,
        () -> policy.checkCanView(caller(Role.GP_STAFF, "riverside-surgery"), referral));
  }

  @Test
  void commissionerCannotViewAReferralEvenOfTheirArea() {
    assertDenied(
        ProblemType.FORBIDDEN,
        () -> policy.checkCanView(caller(Role.COMMISSIONER, "northgate-pcn"), referral));
  }

  @Test
  void vcfseStaffReadPlanOnlyAfterReceivingAReferral() {
    Caller vera = caller(Role.VCFSE_STAFF, "green-minds");
    assertDoesNotThrow(() -> policy.checkCanReadPlan(vera, Set.of("green-minds")));
    assertDenied(
        ProblemType.FORBIDDEN, () -> policy.checkCanReadPlan(vera, Set.of("money-matters")));
  }

  @Test
  void referrersReadPlans() {
    assertDoesNotThrow(
        () -> policy.checkCanReadPlan(caller(Role.GP_STAFF, "riverside-surgery"), Set.of()));
  }

  @Test
  void vcfseStaffCannotWritePlans() {
    assertDenied(
        ProblemType.FORBIDDEN,
        () -> policy.checkCanWritePlan(caller(Role.VCFSE_STAFF, "green-minds")));
  }

  @Test
  void personSeesOnlyTheRecordOfTheirOwnNhsNumber() {
    assertEquals("9990000018", policy.checkIsPerson(person("9990000018")).value());
  }

  @Test
  void personWithoutNhsNumberClaimIsForbidden() {
    assertDenied(ProblemType.FORBIDDEN, () -> policy.checkIsPerson(person(null)));
    assertDenied(ProblemType.FORBIDDEN, () -> policy.checkIsPerson(person("1234567890")));
  }

  @Test
  void staffCannotUseThePersonsOwnEndpoints() {
    assertDenied(
        ProblemType.FORBIDDEN,
        () -> policy.checkIsPerson(caller(Role.LINK_WORKER, "northgate-pcn")));
  }

  @Test
  void everyRealmRoleBrowsesTheDirectory() {
    for (String role : Role.ALL) {
      assertDoesNotThrow(() -> policy.checkCanBrowseDirectory(caller(role)), role);
    }
    assertDenied(
        ProblemType.FORBIDDEN, () -> policy.checkCanBrowseDirectory(caller("offline_access")));
  }
}
