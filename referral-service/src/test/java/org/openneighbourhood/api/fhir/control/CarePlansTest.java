package org.openneighbourhood.api.fhir.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityDetailComponent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus;
import org.hl7.fhir.r4.model.Period;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.plan.boundary.PlanView;
import org.openneighbourhood.api.plan.boundary.PlanView.AboutMeView;
import org.openneighbourhood.api.plan.boundary.PlanView.ActionView;
import org.openneighbourhood.api.plan.boundary.PlanView.GoalView;
import org.openneighbourhood.api.plan.boundary.PlanView.NoteView;
import org.openneighbourhood.api.plan.entity.ActionStatus;
import org.openneighbourhood.api.plan.entity.GoalStatus;

class CarePlansTest {

  private static final UUID PERSON = UUID.randomUUID();
  private static final UUID GOAL = UUID.randomUUID();
  private static final UUID ORGANISATION = UUID.randomUUID();
  private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

  @Test
  void eachActionIsAnActivityOfThePersonsPlan() {
    CarePlan plan = CarePlans.of(plan("Walking with my dog", List.of()));
    assertEquals(PERSON.toString(), plan.getIdElement().getIdPart());
    assertEquals(CarePlan.CarePlanStatus.ACTIVE, plan.getStatus());
    assertEquals(CarePlan.CarePlanIntent.PLAN, plan.getIntent());
    assertEquals("Patient/" + PERSON, plan.getSubject().getReference());
    assertEquals(CarePlans.CATEGORY, plan.getCategoryFirstRep().getText());
    assertEquals("What matters to me: Walking with my dog", plan.getDescription());
    assertEquals("Goal/" + GOAL, plan.getGoalFirstRep().getReference());
    assertEquals("CareTeam/" + PERSON, plan.getCareTeamFirstRep().getReference());
    assertEquals(1, plan.getActivity().size());
    CarePlanActivityDetailComponent detail = plan.getActivityFirstRep().getDetail();
    assertEquals("Join the Tuesday walk", detail.getDescription());
    assertEquals(CarePlanActivityStatus.INPROGRESS, detail.getStatus());
    assertEquals("Organization/" + ORGANISATION, detail.getPerformerFirstRep().getReference());
    assertEquals("Green Minds", detail.getPerformerFirstRep().getDisplay());
    assertEquals("2026-12-24", ((Period) detail.getScheduled()).getEndElement().getValueAsString());
    assertEquals("Goal/" + GOAL, detail.getGoalFirstRep().getReference());
    assertFalse(plan.hasNote());
  }

  @Test
  void notesAreThoseTheRestApiShowsWithTheirAuthor() {
    NoteView note =
        new NoteView(UUID.randomUUID(), GOAL, "Went twice", "Vera", "Green Minds", false, AT);
    CarePlan plan = CarePlans.of(plan("", List.of(note)));
    assertFalse(plan.hasDescription());
    assertEquals("Went twice", plan.getNoteFirstRep().getText());
    assertEquals("Vera (Green Minds)", plan.getNoteFirstRep().getAuthorStringType().getValue());
  }

  @Test
  void everyActionStatusHasAnActivityStatus() {
    for (ActionStatus status : EnumSet.allOf(ActionStatus.class)) {
      assertTrue(CarePlans.status(status) != null, status::toString);
    }
    assertEquals(CarePlanActivityStatus.COMPLETED, CarePlans.status(ActionStatus.DONE));
    assertEquals(CarePlanActivityStatus.STOPPED, CarePlans.status(ActionStatus.STOPPED));
    assertEquals(CarePlanActivityStatus.NOTSTARTED, CarePlans.status(ActionStatus.NOT_STARTED));
  }

  private static PlanView plan(String whatMatters, List<NoteView> notes) {
    ActionView action =
        new ActionView(
            UUID.randomUUID(),
            GOAL,
            "Join the Tuesday walk",
            ORGANISATION,
            "Green Minds",
            LocalDate.of(2026, 12, 24),
            ActionStatus.IN_PROGRESS,
            null,
            null,
            0,
            AT,
            "Lina",
            null,
            null,
            null,
            false);
    GoalView goal =
        new GoalView(
            GOAL,
            "Get out of the house more",
            7,
            5,
            GoalStatus.ACTIVE,
            0,
            AT,
            "Lina",
            null,
            null,
            List.of(),
            false,
            List.of(),
            List.of(action));
    return new PlanView(
        PERSON,
        new AboutMeView(whatMatters, null, null, List.of(), null, null, null, null, 1, AT, "Lina"),
        List.of(goal),
        notes,
        null,
        null,
        List.of(),
        List.of(),
        null);
  }
}
