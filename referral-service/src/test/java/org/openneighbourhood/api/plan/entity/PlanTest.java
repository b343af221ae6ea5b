package org.openneighbourhood.api.plan.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.organisation.entity.Sector;
import org.openneighbourhood.api.person.entity.CommunicationNeed;
import org.openneighbourhood.api.person.entity.PreferredContact;
import org.openneighbourhood.api.plan.entity.Contributor.Part;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

class PlanTest {

  static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");
  static final LocalDate TODAY = LocalDate.parse("2026-03-02");

  final Organisation pcn = organisation("northgate-pcn", "Northgate PCN", Sector.PCN);
  final Organisation surgery =
      organisation("riverside-surgery", "Riverside Surgery", Sector.GP_PRACTICE);
  final Organisation greenMinds = organisation("green-minds", "Green Minds", Sector.VCFSE);
  final Organisation moneyMatters = organisation("money-matters", "Money Matters", Sector.VCFSE);
  final List<Organisation> careTeam = List.of(pcn, surgery, greenMinds);

  final Contributor pat = Contributor.person("Pat Example");
  final Contributor lina = new Contributor("Lina Link", pcn, Part.COORDINATOR, Set.of());
  final Contributor gary = new Contributor("Gary GP", surgery, Part.PRACTITIONER, Set.of());

  final Plan plan = Plan.emptyFor(UUID.randomUUID());
  final Goal walk = plan.addGoal(new Goal.Words("Walk to the park", 9, 4, null), lina, AT);

  static Organisation organisation(String alias, String name, Sector sector) {
    return new Organisation(UUID.randomUUID(), alias, name, sector, null, null, null);
  }

  Contributor vera(Set<UUID> goalsServed) {
    return new Contributor("Vera", greenMinds, Part.PARTNER, goalsServed);
  }

  Action action(Organisation owner, LocalDate due) {
    return plan.addAction(
        walk.id(), new Action.Agreed("Walk together", owner, due, null), careTeam, lina, AT, TODAY);
  }

  @Test
  void thePersonWritesAboutMeAndEveryChangedPartIsInTheHistory() {
    List<Edit> edits =
        plan.writeAboutMe(
            new AboutMe("Seeing people", null, "Face me when you speak", null, null, null),
            0,
            pat,
            AT);
    assertEquals(
        List.of("About me: what matters to me", "About me: how to communicate with me"),
        edits.stream().map(Edit::part).toList());
    assertEquals("Face me when you speak", edits.get(1).after());
    assertEquals(1, plan.aboutMeVersion());
    assertEquals("Pat Example", plan.aboutMeUpdatedBy().orElseThrow());
  }

  @Test
  void aCommunicationNeedThatIsNotOneIsRefusedNamingTheField() {
    java.util.Set<CommunicationNeed> needs = new java.util.HashSet<>();
    needs.add(null);
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> new AboutMe(null, null, null, needs, null, null, null, null));
    assertEquals("communicationNeeds", refused.fieldProblems().get(0).field());
  }

  @Test
  void codedCommunicationNeedsAreKeptInTheirListsOrderAndTheHistoryTellsThemInWords() {
    List<Edit> edits =
        plan.writeAboutMe(
            new AboutMe(
                null,
                null,
                "Text me rather than ringing",
                List.of(
                    CommunicationNeed.EASY_READ,
                    CommunicationNeed.LARGE_PRINT,
                    CommunicationNeed.EASY_READ),
                PreferredContact.TEXT,
                null,
                null,
                null),
            0,
            pat,
            AT);
    assertEquals(
        List.of(CommunicationNeed.LARGE_PRINT, CommunicationNeed.EASY_READ),
        plan.aboutMe().communicationNeeds(),
        "once each, in the list's order");
    assertEquals(PreferredContact.TEXT, plan.aboutMe().preferredContact().orElseThrow());
    assertEquals(
        List.of(
            "About me: how to communicate with me",
            "About me: communication needs",
            "About me: how to contact me"),
        edits.stream().map(Edit::part).toList());
    assertEquals("Large print; Easy read", edits.get(1).after());
    assertEquals("By text message", edits.get(2).after());

    List<Edit> cleared =
        plan.writeAboutMe(
            new AboutMe(null, null, null, List.of(), null, null, null, null), 1, pat, AT);
    assertEquals("Large print; Easy read", cleared.get(1).before());
    assertEquals(null, cleared.get(1).after());
    assertFalse(plan.aboutMe().hasCommunicationNeeds());
  }

  @Test
  void writingAboutMeOnAnOldVersionIsRefusedAndChangesNothing() {
    plan.writeAboutMe(new AboutMe("First", null, null, null, null, null), 0, pat, AT);
    assertThrows(
        StalePlanException.class,
        () -> plan.writeAboutMe(new AboutMe("Second", null, null, null, null, null), 0, lina, AT));
    assertEquals("First", plan.aboutMe().whatMattersToMe());
  }

  @Test
  void aStaleEditOfOnePartDoesNotHoldUpAnother() {
    plan.writeAboutMe(new AboutMe("First", null, null, null, null, null), 0, pat, AT);
    // The goal's own version is still 0: its edit goes through.
    plan.changeGoal(walk.id(), new Goal.Words("Walk to the big park", 9, 5, null), 0, pat, AT);
    assertEquals("Walk to the big park", walk.description());
    assertEquals(1, walk.version());
  }

  @Test
  void onlyThePersonAndTheLinkWorkerShapeThePlan() {
    assertTrue(plan.mayShape(pat));
    assertTrue(plan.mayShape(lina));
    assertFalse(plan.mayShape(gary));
    assertFalse(plan.mayShape(vera(Set.of(walk.id()))));
    assertThrows(
        PlanChangeRefusedException.class,
        () -> plan.addGoal(new Goal.Words("Not mine to write", null, null, null), gary, AT));
    assertThrows(
        PlanChangeRefusedException.class,
        () -> plan.writeContingency(new Contingency("x", "y", "z"), 0, gary, AT));
  }

  @Test
  void onlyTheLinkWorkerSetsTheReview() {
    assertThrows(
        PlanChangeRefusedException.class,
        () -> plan.scheduleReview(TODAY.plusDays(30), pcn, careTeam, 0, pat, AT, TODAY));
    List<Edit> edits = plan.scheduleReview(TODAY.plusDays(30), pcn, careTeam, 0, lina, AT, TODAY);
    assertEquals(2, edits.size());
    assertEquals(TODAY.plusDays(30), plan.reviewOn().orElseThrow());
  }

  @Test
  void theReviewIsOwnedByTheCareTeamAndNotInThePast() {
    InvalidInputException past =
        assertThrows(
            InvalidInputException.class,
            () -> plan.scheduleReview(TODAY.minusDays(1), pcn, careTeam, 0, lina, AT, TODAY));
    assertEquals("reviewOn", past.fieldProblems().get(0).field());
    InvalidInputException outsider =
        assertThrows(
            InvalidInputException.class,
            () -> plan.scheduleReview(TODAY, moneyMatters, careTeam, 0, lina, AT, TODAY));
    assertEquals("ownerOrganisationId", outsider.fieldProblems().get(0).field());
  }

  @Test
  void theReviewReminderIsDueOnceFromTheSetNumberOfDaysBefore() {
    plan.scheduleReview(TODAY.plusDays(10), pcn, careTeam, 0, lina, AT, TODAY);
    assertFalse(plan.reviewReminderDue(TODAY, 7));
    assertTrue(plan.reviewReminderDue(TODAY.plusDays(3), 7));
    plan.reviewReminded();
    assertFalse(plan.reviewReminderDue(TODAY.plusDays(4), 7));
    plan.scheduleReview(TODAY.plusDays(20), pcn, careTeam, 1, lina, AT, TODAY);
    assertTrue(plan.reviewReminderDue(TODAY.plusDays(13), 7), "a new date, a new reminder");
  }

  @Test
  void theLinkWorkerGivesActionsToAnyoneInTheCareTeamButNoOneElse() {
    assertEquals(careTeam, plan.actionOwnersFor(walk, lina, careTeam));
    action(greenMinds, TODAY.plusDays(14));
    assertThrows(
        PlanChangeRefusedException.class,
        () ->
            plan.addAction(
                walk.id(),
                new Action.Agreed("Advice", moneyMatters, null, null),
                careTeam,
                lina,
                AT,
                TODAY));
  }

  @Test
  void gpAndSocialCareAddOnlyTheirOwnOrganisationsActions() {
    assertEquals(List.of(surgery), plan.actionOwnersFor(walk, gary, careTeam));
    plan.addAction(
        walk.id(), new Action.Agreed("Knee check", surgery, null, null), careTeam, gary, AT, TODAY);
    assertThrows(
        PlanChangeRefusedException.class,
        () ->
            plan.addAction(
                walk.id(),
                new Action.Agreed("Walks", greenMinds, null, null),
                careTeam,
                gary,
                AT,
                TODAY));
  }

  @Test
  void aVcfsePartnerAddsActionsOnlyToTheGoalItsAcceptedReferralServes() {
    Contributor unrelated = vera(Set.of());
    assertEquals(List.of(), plan.actionOwnersFor(walk, unrelated, careTeam));
    assertThrows(
        PlanChangeRefusedException.class,
        () ->
            plan.addAction(
                walk.id(),
                new Action.Agreed("Walks", greenMinds, null, null),
                careTeam,
                unrelated,
                AT,
                TODAY));
    Contributor serving = vera(Set.of(walk.id()));
    assertEquals(List.of(greenMinds), plan.actionOwnersFor(walk, serving, careTeam));
    Action added =
        plan.addAction(
            walk.id(),
            new Action.Agreed("Walks", greenMinds, null, null),
            careTeam,
            serving,
            AT,
            TODAY);
    assertEquals(greenMinds, added.owner());
  }

  @Test
  void thePersonCannotAddOrChangeActions() {
    assertEquals(List.of(), plan.actionOwnersFor(walk, pat, careTeam));
    Action action = action(greenMinds, null);
    assertThrows(
        PlanChangeRefusedException.class,
        () ->
            plan.addAction(
                walk.id(),
                new Action.Agreed("Walk", greenMinds, null, null),
                careTeam,
                pat,
                AT,
                TODAY));
    assertFalse(plan.mayUpdate(action, pat));
    assertThrows(
        PlanChangeRefusedException.class,
        () ->
            plan.updateAction(
                action.id(),
                new Action.Update(null, null, ActionStatus.DONE, null),
                0,
                pat,
                AT,
                TODAY));
  }

  @Test
  void onlyTheOwningOrganisationUpdatesAnAction() {
    Action action = action(greenMinds, TODAY.plusDays(7));
    assertFalse(plan.mayUpdate(action, lina), "not even the coordinator");
    PlanChangeRefusedException refused =
        assertThrows(
            PlanChangeRefusedException.class,
            () ->
                plan.updateAction(
                    action.id(),
                    new Action.Update(null, null, ActionStatus.DONE, null),
                    0,
                    gary,
                    AT,
                    TODAY));
    assertTrue(refused.getMessage().startsWith("Only Green Minds can change this action"));
    assertEquals(ActionStatus.NOT_STARTED, action.status());
    List<Edit> edits =
        plan.updateAction(
            action.id(),
            new Action.Update(null, TODAY.plusDays(7), ActionStatus.DONE, "Walked twice"),
            0,
            vera(Set.of()),
            AT,
            TODAY);
    assertEquals(ActionStatus.DONE, action.status());
    assertEquals(TODAY, action.doneOn().orElseThrow());
    assertEquals(2, edits.size(), edits::toString);
  }

  @Test
  void anActionThatStartedCannotGoBackToNotStartedButCanBeReopened() {
    Action action = action(greenMinds, null);
    Contributor owner = vera(Set.of());
    plan.updateAction(
        action.id(),
        new Action.Update(null, null, ActionStatus.IN_PROGRESS, null),
        0,
        owner,
        AT,
        TODAY);
    InvalidInputException back =
        assertThrows(
            InvalidInputException.class,
            () ->
                plan.updateAction(
                    action.id(),
                    new Action.Update(null, null, ActionStatus.NOT_STARTED, null),
                    1,
                    owner,
                    AT,
                    TODAY));
    assertEquals("status", back.fieldProblems().get(0).field());
    plan.updateAction(
        action.id(), new Action.Update(null, null, ActionStatus.DONE, null), 1, owner, AT, TODAY);
    plan.updateAction(
        action.id(),
        new Action.Update(null, null, ActionStatus.IN_PROGRESS, null),
        2,
        owner,
        AT,
        TODAY);
    assertTrue(action.doneOn().isEmpty(), "reopened: no longer done");
  }

  @Test
  void aGoalThatIsNotActiveTakesNoNewActions() {
    plan.changeGoal(
        walk.id(), new Goal.Words("Walk to the park", 9, 4, GoalStatus.ACHIEVED), 0, pat, AT);
    assertEquals(List.of(), plan.actionOwnersFor(walk, lina, careTeam));
    assertThrows(InvalidInputException.class, () -> action(greenMinds, null));
  }

  @Test
  void commitmentsSayWhetherWhatWasAgreedHappened() {
    LocalDate due = TODAY.plusDays(7);
    assertEquals(Commitment.ON_TRACK, Commitment.of(ActionStatus.IN_PROGRESS, due, null, TODAY));
    assertEquals(
        Commitment.OVERDUE, Commitment.of(ActionStatus.NOT_STARTED, due, null, due.plusDays(1)));
    assertEquals(Commitment.ON_TRACK, Commitment.of(ActionStatus.NOT_STARTED, due, null, due));
    assertEquals(Commitment.DONE, Commitment.of(ActionStatus.DONE, due, due, due.plusDays(9)));
    assertEquals(Commitment.DONE_LATE, Commitment.of(ActionStatus.DONE, due, due.plusDays(1), due));
    assertEquals(Commitment.STOPPED, Commitment.of(ActionStatus.STOPPED, due, null, TODAY));
    assertEquals(
        Commitment.NO_DUE_DATE, Commitment.of(ActionStatus.IN_PROGRESS, null, null, TODAY));
  }

  @Test
  void anActionCannotBeDueInThePast() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> action(greenMinds, TODAY.minusDays(1)));
    assertEquals("dueOn", refused.fieldProblems().get(0).field());
  }

  @Test
  void scoresAreOneToTenAndWellbeingZeroToTen() {
    assertThrows(
        InvalidInputException.class,
        () -> plan.addGoal(new Goal.Words("Sleep better", 11, null, null), pat, AT));
    assertThrows(
        InvalidInputException.class,
        () ->
            plan.recordWellbeing(
                WellbeingRecord.Occasion.START, new WellbeingRecord.Answers(5, 5, -1, 5), pat, AT));
    WellbeingRecord answers =
        plan.recordWellbeing(
            WellbeingRecord.Occasion.START, new WellbeingRecord.Answers(0, 10, 5, 3), pat, AT);
    assertTrue(answers.organisation().isEmpty(), "the person answered on their own");
    assertEquals(
        "life satisfaction 0, worthwhile 10, happiness 5, anxiety 3",
        Plan.recorded(answers).after());
  }
}
