package org.openneighbourhood.api.fhir.control;

import java.util.Date;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityDetailComponent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.MarkdownType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.openneighbourhood.api.fhir.entity.Vocabulary;
import org.openneighbourhood.api.plan.boundary.PlanView;
import org.openneighbourhood.api.plan.boundary.PlanView.ActionView;
import org.openneighbourhood.api.plan.boundary.PlanView.GoalView;
import org.openneighbourhood.api.plan.boundary.PlanView.NoteView;
import org.openneighbourhood.api.plan.entity.ActionStatus;

/**
 * A person's plan as a UK Core {@code CarePlan}, drawn from the {@link PlanView} the REST API
 * answers the same caller with, so it holds nothing that answer does not. A person has one plan, so
 * the resource's id is the person's (as the REST API's {@code /people/{id}/plan}).
 */
public final class CarePlans {

  static final String CATEGORY = "Person-centred plan (social prescribing)";
  static final String TITLE = "Personalised care and support plan";

  private CarePlans() {}

  public static CarePlan of(PlanView plan) {
    String person = plan.personId().toString();
    CarePlan carePlan = new CarePlan();
    carePlan.setIdElement(new IdType("CarePlan", person));
    carePlan.getMeta().addProfile(Vocabulary.CARE_PLAN_PROFILE);
    carePlan.setStatus(CarePlan.CarePlanStatus.ACTIVE);
    carePlan.setIntent(CarePlan.CarePlanIntent.PLAN);
    carePlan.addCategory(new CodeableConcept().setText(CATEGORY));
    carePlan.setTitle(TITLE);
    carePlan.setSubject(new Reference("Patient/" + person));
    carePlan.addCareTeam(new Reference("CareTeam/" + person));
    String whatMatters = plan.aboutMe() == null ? null : plan.aboutMe().whatMattersToMe();
    if (whatMatters != null && !whatMatters.isBlank()) {
      carePlan.setDescription("What matters to me: " + whatMatters);
    }
    for (GoalView goal : plan.goals()) {
      carePlan.addGoal(new Reference("Goal/" + goal.id()));
      for (ActionView action : goal.actions()) {
        CarePlanActivityDetailComponent detail = carePlan.addActivity().getDetail();
        detail.addGoal(new Reference("Goal/" + goal.id()));
        detail.setStatus(status(action.status()));
        detail.setDescription(action.description());
        detail.addPerformer(
            new Reference("Organization/" + action.ownerOrganisationId())
                .setDisplay(action.ownerOrganisationName()));
        if (action.dueOn() != null) {
          detail.setScheduled(
              new Period().setEndElement(new DateTimeType(action.dueOn().toString())));
        }
      }
    }
    for (NoteView note : plan.notes()) {
      Annotation annotation = carePlan.addNote();
      annotation.setTextElement(new MarkdownType(note.text()));
      annotation.setAuthor(new org.hl7.fhir.r4.model.StringType(author(note)));
      annotation.setTime(Date.from(note.writtenAt()));
    }
    return carePlan;
  }

  /** An action's status as an activity's: the plan's four are each one of FHIR's. */
  static CarePlanActivityStatus status(ActionStatus status) {
    return switch (status) {
      case NOT_STARTED -> CarePlanActivityStatus.NOTSTARTED;
      case IN_PROGRESS -> CarePlanActivityStatus.INPROGRESS;
      case DONE -> CarePlanActivityStatus.COMPLETED;
      case STOPPED -> CarePlanActivityStatus.STOPPED;
    };
  }

  private static String author(NoteView note) {
    if (note.organisationName() == null || note.organisationName().isBlank()) {
      return note.writtenBy();
    }
    return note.writtenBy() + " (" + note.organisationName() + ")";
  }
}
