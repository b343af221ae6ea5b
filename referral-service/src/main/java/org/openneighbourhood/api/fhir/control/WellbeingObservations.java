package org.openneighbourhood.api.fhir.control;

import java.util.Date;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Reference;
import org.openneighbourhood.api.fhir.entity.Vocabulary;
import org.openneighbourhood.api.plan.boundary.PlanView.WellbeingView;

/**
 * One set of a person's ONS4 personal wellbeing answers as a UK Core {@code Observation}: the four
 * answers are asked together and only mean something together (one occasion, one person, one
 * moment), so they are one resource with four components, not four resources a reader must put back
 * together. Drawn from the {@link WellbeingView} the REST API shows the same caller.
 *
 * <p>The codes are text only: neither UK Core nor anything else held here names a code for ONS4 or
 * its questions, and none is made up. The answers are never changed once recorded, so they are
 * {@code final} and last updated when recorded.
 */
public final class WellbeingObservations {

  /** The question of each component, in the order ONS asks them. */
  static final String LIFE_SATISFACTION = "Overall, how satisfied are you with your life nowadays?";

  static final String WORTHWHILE =
      "Overall, to what extent do you feel that the things you do in your life are worthwhile?";
  static final String HAPPINESS = "Overall, how happy did you feel yesterday?";
  static final String ANXIETY = "Overall, how anxious did you feel yesterday?";

  static final String CODE_TEXT =
      "ONS4 personal wellbeing (0 to 10 each; for anxiety, lower is better)";

  private WellbeingObservations() {}

  public static Observation of(UUID personId, WellbeingView answers) {
    Observation observation = new Observation();
    observation.setIdElement(new IdType("Observation", answers.id().toString()));
    observation
        .getMeta()
        .setLastUpdated(Date.from(answers.recordedAt()))
        .addProfile(Vocabulary.OBSERVATION_PROFILE);
    observation.setStatus(ObservationStatus.FINAL);
    observation.addCategory(
        new CodeableConcept(new Coding(Vocabulary.OBSERVATION_CATEGORY, "survey", "Survey")));
    observation.setCode(new CodeableConcept().setText(CODE_TEXT));
    observation.setSubject(new Reference("Patient/" + personId));
    observation.setEffective(new DateTimeType(Date.from(answers.recordedAt())));
    observation.setIssued(Date.from(answers.recordedAt()));
    observation.addPerformer(
        answers.byPerson()
            ? new Reference("Patient/" + personId)
            : new Reference()
                .setDisplay(answers.recordedBy() + " at " + answers.organisationName()));
    observation.addNote().setText("Asked " + answers.occasion().words());
    component(observation, LIFE_SATISFACTION, answers.lifeSatisfaction());
    component(observation, WORTHWHILE, answers.worthwhile());
    component(observation, HAPPINESS, answers.happiness());
    component(observation, ANXIETY, answers.anxiety());
    return observation;
  }

  private static void component(Observation observation, String question, int answer) {
    observation
        .addComponent()
        .setCode(new CodeableConcept().setText(question))
        .setValue(new IntegerType(answer));
  }
}
