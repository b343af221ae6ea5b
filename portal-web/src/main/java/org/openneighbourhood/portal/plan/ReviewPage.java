package org.openneighbourhood.portal.plan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.portal.api.CareTeamMember;
import org.openneighbourhood.portal.api.PeopleApi;
import org.openneighbourhood.portal.api.Plan;
import org.openneighbourhood.portal.api.Review;
import org.openneighbourhood.portal.api.ReviewUpdate;
import org.openneighbourhood.portal.layout.Choice;
import org.openneighbourhood.portal.layout.Pages;

/**
 * When the plan is next reviewed and which care-team organisation owns the review (the API reminds
 * it before the date).
 */
@Named
@ViewScoped
public class ReviewPage extends PlanForm {

  @Inject PeopleApi peopleApi;

  private static final long serialVersionUID = 1L;

  static final Map<String, String> FIELDS =
      Map.of("reviewOn", "reviewOn", "ownerOrganisationId", "owner");

  private String owner = "";
  private final DateBoxes reviewOn = new DateBoxes();
  private List<Choice> owners = List.of();

  public ReviewPage() {
    errors.setAnchor("reviewOn", "reviewOn-day");
  }

  @Override
  protected void open(Plan plan) {
    if (!plan.mayOrNothing().editReview()) {
      Pages.forbidden();
      return;
    }
    Review review = plan.reviewOrEmpty();
    reviewOn.show(review.reviewOn());
    owner = review.ownerOrganisationId() == null ? "" : review.ownerOrganisationId().toString();
    owners = owners(peopleApi.careTeam(subject.personId()), review);
  }

  /** The care team's organisations now, and the review's owner even if it has left since. */
  static List<Choice> owners(List<CareTeamMember> careTeam, Review review) {
    List<Choice> choices = new ArrayList<>();
    choices.add(new Choice("", "Choose an organisation"));
    for (CareTeamMember m : careTeam) {
      if (m.current()
          && choices.stream().noneMatch(c -> c.value().equals(m.organisationId().toString()))) {
        choices.add(new Choice(m.organisationId().toString(), m.organisationName()));
      }
    }
    if (review.ownerOrganisationId() != null
        && choices.stream()
            .noneMatch(c -> c.value().equals(review.ownerOrganisationId().toString()))) {
      choices.add(
          new Choice(review.ownerOrganisationId().toString(), review.ownerOrganisationName()));
    }
    return List.copyOf(choices);
  }

  public String save() {
    errors.clear();
    owner = Pages.parameter("owner");
    PlanDate on = reviewOn.parse("Review date", true);
    if (!on.isValid()) {
      errors.add("reviewOn", on.problem());
    }
    Optional<UUID> organisation =
        Pages.uuid(owner)
            .filter(id -> owners.stream().anyMatch(c -> c.value().equals(id.toString())));
    if (organisation.isEmpty()) {
      errors.add("owner", "Choose which organisation owns the review");
    }
    if (errors.isPresent()) {
      return null;
    }
    return after(
        PlanChanges.change(
            Pages.parameter("version"),
            ifMatch ->
                plansApi.saveReview(
                    subject.personId(), ifMatch, new ReviewUpdate(on.date(), organisation.get())),
            errors,
            FIELDS));
  }

  public long getVersion() {
    return plan.reviewOrEmpty().version();
  }

  public List<Choice> getOwners() {
    return owners;
  }

  public String getOwner() {
    return owner;
  }

  public DateBoxes getReviewOn() {
    return reviewOn;
  }
}
