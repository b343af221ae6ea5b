package org.openneighbourhood.api.fhir.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hl7.fhir.r4.model.Consent;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.relationship.boundary.ConsentView;
import org.openneighbourhood.api.relationship.entity.Consent.Scope;
import org.openneighbourhood.api.relationship.entity.ConsentTerm;

class ConsentResourcesTest {

  private static final UUID PERSON = UUID.randomUUID();
  private static final UUID ORGANISATION = UUID.randomUUID();
  private static final UUID REFERRAL = UUID.randomUUID();
  private static final Instant RECORDED = Instant.parse("2026-12-01T10:00:00Z");
  private static final Instant UNTIL = Instant.parse("2027-12-01T00:00:00Z");
  private static final Instant WITHDRAWN = Instant.parse("2026-12-05T10:00:00Z");

  @Test
  void anAgreementInForceIsAnActivePermitToTheOrganisationForItsReferral() {
    ConsentView view = view(null);
    Consent consent = ConsentResources.of(PERSON, view);
    assertEquals(view.id().toString(), consent.getIdElement().getIdPart());
    assertEquals("active", consent.getStatus().toCode());
    assertEquals("patient-privacy", consent.getScope().getCodingFirstRep().getCode());
    assertEquals("Patient/" + PERSON, consent.getPatient().getReference());
    assertEquals(RECORDED, consent.getDateTime().toInstant());
    assertTrue(consent.hasPolicyRule(), "ppc-1: a policy or a rule");
    Consent.ProvisionComponent provision = consent.getProvision();
    assertEquals("permit", provision.getType().toCode());
    assertEquals(
        "Organization/" + ORGANISATION, provision.getActorFirstRep().getReference().getReference());
    assertEquals(
        "ServiceRequest/" + REFERRAL, provision.getDataFirstRep().getReference().getReference());
    assertEquals(RECORDED, provision.getPeriod().getStart().toInstant());
    assertEquals(UNTIL, provision.getPeriod().getEnd().toInstant());
    assertEquals(
        "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Consent",
        consent.getMeta().getProfile().get(0).getValue());
  }

  @Test
  void aWithdrawnAgreementIsInactiveAndEndedWhenItWasWithdrawn() {
    Consent consent = ConsentResources.of(PERSON, view(WITHDRAWN));
    assertEquals("inactive", consent.getStatus().toCode());
    assertEquals(WITHDRAWN, consent.getProvision().getPeriod().getEnd().toInstant());
    assertEquals(WITHDRAWN, consent.getMeta().getLastUpdated().toInstant());
    assertFalse(consent.getCategoryFirstRep().getText().isBlank());
  }

  private static ConsentView view(Instant withdrawnAt) {
    return new ConsentView(
        UUID.randomUUID(),
        ORGANISATION,
        "Green Minds",
        Scope.REFERRAL,
        REFERRAL,
        "Walking group",
        RECORDED,
        "Lina Link",
        "Northgate PCN",
        ConsentTerm.Lasts.values()[0],
        LocalDate.of(2027, 11, 30),
        false,
        withdrawnAt == null ? 360L : null,
        false,
        UNTIL,
        withdrawnAt,
        withdrawnAt == null ? null : "Pat",
        withdrawnAt == null);
  }
}
