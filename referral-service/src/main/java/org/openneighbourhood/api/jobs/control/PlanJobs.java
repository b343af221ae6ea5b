package org.openneighbourhood.api.jobs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.openneighbourhood.api.configuration.control.Configured;
import org.openneighbourhood.api.configuration.control.Setting;
import org.openneighbourhood.api.person.control.PersonRepository;
import org.openneighbourhood.api.plan.control.PlanNotices;
import org.openneighbourhood.api.plan.control.PlanRepository;
import org.openneighbourhood.api.plan.entity.Plan;
import org.openneighbourhood.api.time.entity.London;

/** The plan's scheduled work, one transaction per claimed batch. */
@ApplicationScoped
@Transactional
public class PlanJobs {

  @Inject PlanRepository plans;
  @Inject PersonRepository people;
  @Inject PlanNotices notices;
  @Inject Clock clock;

  @Inject
  @Configured(Setting.PLAN_REVIEW_REMINDER_DAYS)
  int reviewReminderDays;

  /**
   * Reminds the review's owner (and the person, if they chose e-mail) that a review is coming.
   *
   * @return how many plans were reminded
   */
  public int remindBeforeReview() {
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    var today = now.atZone(London.ZONE).toLocalDate();
    List<Plan> due = plans.claimReviewReminders(today, reviewReminderDays, ReferralJobs.BATCH);
    for (Plan plan : due) {
      people.find(plan.personId()).ifPresent(person -> notices.reviewDue(plan, person, now));
      plan.reviewReminded();
    }
    return due.size();
  }
}
