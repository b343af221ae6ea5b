package org.openneighbourhood.portal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.portal.api.CareTeamMember;
import org.openneighbourhood.portal.api.Review;
import org.openneighbourhood.portal.layout.Choice;

class ReviewPageTest {

  private static final UUID PCN = UUID.randomUUID();
  private static final UUID SURGERY = UUID.randomUUID();
  private static final UUID LEFT = UUID.randomUUID();

  private static CareTeamMember member(UUID organisation, String name, boolean current) {
    return new CareTeamMember(
        UUID.randomUUID(), organisation, name, "PCN", "", Instant.EPOCH, "x", null, null, current);
  }

  @Test
  void theReviewIsLedByAnOrganisationInTheCareTeamNow() {
    List<Choice> owners =
        ReviewPage.owners(
            List.of(
                member(PCN, "Northgate PCN", true),
                member(LEFT, "Left Ltd", false),
                member(SURGERY, "Riverside Surgery", true),
                member(PCN, "Northgate PCN", true)),
            new Review(null, null, null, 0, "NOT_SET"));
    assertEquals(
        List.of(
            new Choice("", "Choose an organisation"),
            new Choice(PCN.toString(), "Northgate PCN"),
            new Choice(SURGERY.toString(), "Riverside Surgery")),
        owners);
  }

  @Test
  void theCurrentOwnerStaysChoosableEvenIfItHasLeftTheCareTeam() {
    List<Choice> owners =
        ReviewPage.owners(
            List.of(member(PCN, "Northgate PCN", true), member(LEFT, "Left Ltd", false)),
            new Review(LocalDate.of(2026, 5, 1), LEFT, "Left Ltd", 3, "SCHEDULED"));
    assertEquals(new Choice(LEFT.toString(), "Left Ltd"), owners.get(owners.size() - 1));
    assertEquals(3, owners.size());
  }
}
