package org.openneighbourhood.api.fhir.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.fhir.entity.Vocabulary;
import org.openneighbourhood.api.plan.boundary.PlanView.WellbeingView;
import org.openneighbourhood.api.plan.entity.WellbeingRecord.Occasion;

class WellbeingObservationsTest {

  private static final UUID PERSON = UUID.randomUUID();
  private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

  @Test
  void oneSetOfAnswersIsOneObservationWithAComponentPerQuestion() {
    WellbeingView answers = answers(true);
    Observation observation = WellbeingObservations.of(PERSON, answers);
    assertEquals(answers.id().toString(), observation.getIdElement().getIdPart());
    assertEquals(
        Vocabulary.OBSERVATION_PROFILE, observation.getMeta().getProfile().get(0).getValue());
    assertEquals(ObservationStatus.FINAL, observation.getStatus());
    assertEquals("survey", observation.getCategoryFirstRep().getCodingFirstRep().getCode());
    assertEquals("Patient/" + PERSON, observation.getSubject().getReference());
    assertEquals(Date.from(AT), observation.getMeta().getLastUpdated());
    assertEquals(Date.from(AT), observation.getEffectiveDateTimeType().getValue());
    List<ObservationComponentComponent> components = observation.getComponent();
    assertEquals(
        List.of(
            WellbeingObservations.LIFE_SATISFACTION,
            WellbeingObservations.WORTHWHILE,
            WellbeingObservations.HAPPINESS,
            WellbeingObservations.ANXIETY),
        components.stream().map(c -> c.getCode().getText()).toList());
    assertEquals(
        List.of(7, 8, 6, 3),
        components.stream().map(c -> c.getValueIntegerType().getValue()).toList());
    assertEquals("Asked at a review", observation.getNoteFirstRep().getText());
  }

  @Test
  void noCodeIsMadeUpForTheQuestions() {
    Observation observation = WellbeingObservations.of(PERSON, answers(true));
    assertFalse(observation.getCode().hasCoding());
    observation.getComponent().forEach(c -> assertFalse(c.getCode().hasCoding()));
  }

  @Test
  void thePersonAnsweringOnTheirOwnIsThePerformer() {
    Observation observation = WellbeingObservations.of(PERSON, answers(true));
    assertEquals("Patient/" + PERSON, observation.getPerformerFirstRep().getReference());
  }

  @Test
  void aWorkerAskingIsNamedWithTheirOrganisation() {
    Observation observation = WellbeingObservations.of(PERSON, answers(false));
    assertFalse(observation.getPerformerFirstRep().hasReference());
    assertEquals("Lina Link at Northgate PCN", observation.getPerformerFirstRep().getDisplay());
  }

  private static WellbeingView answers(boolean byPerson) {
    return new WellbeingView(
        UUID.randomUUID(),
        Occasion.REVIEW,
        7,
        8,
        6,
        3,
        byPerson,
        byPerson ? "Fhir Records" : "Lina Link",
        byPerson ? null : "Northgate PCN",
        AT);
  }
}
