package org.openneighbourhood.portal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlanSubjectTest {

  private static final UUID PERSON = UUID.fromString("00000000-0000-0000-0000-00000000c001");

  @Test
  void theCareTeamsPagesNameThePerson() {
    PlanSubject subject = new PlanSubject(PERSON, false);
    assertEquals("/plans/plan.xhtml?person=" + PERSON, subject.planPage());
    assertEquals("/plans/review.xhtml?person=" + PERSON, subject.page("review"));
    assertEquals(
        "/plans/goal.xhtml?person=" + PERSON + "&goal=g1", subject.page("goal", "goal", "g1"));
    assertEquals(
        "/plans/plan.xhtml?faces-redirect=true&person=" + PERSON, subject.redirectToPlan());
    assertEquals("their", subject.getYour());
  }

  @Test
  void thePersonsOwnPagesNeedNoId() {
    PlanSubject subject = new PlanSubject(PERSON, true);
    assertEquals("/my/plan.xhtml", subject.planPage());
    assertEquals("/my/wellbeing.xhtml", subject.page("wellbeing"));
    assertEquals("/my/history.xhtml?page=2", subject.page("history", "page", 2));
    assertEquals("/my/plan.xhtml?faces-redirect=true", subject.redirectToPlan());
    assertEquals("your", subject.getYour());
  }
}
