package org.openneighbourhood.api.plan.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openneighbourhood.api.notification.control.Outbox;
import org.openneighbourhood.api.notification.entity.Notice;
import org.openneighbourhood.api.person.entity.Person;
import org.openneighbourhood.api.plan.entity.Plan;

/**
 * The plan's e-mails: the reminder before a review, to the organisation that owns it and to the
 * person if they chose e-mail. Like every e-mail of the portal, no name or detail of the person,
 * only a link to the portal, where access is decided.
 */
@ApplicationScoped
public class PlanNotices {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
  private static final String FOOTER =
      "\n\nFor privacy this e-mail holds no personal details. Please do not reply to it.\n";

  @Inject Outbox outbox;

  @Inject
  @ConfigProperty(name = "portal.url", defaultValue = "http://localhost:8080")
  String portalUrl;

  public void reviewDue(Plan plan, Person person, Instant now) {
    LocalDate on = plan.reviewOn().orElseThrow();
    String key = "plan:" + plan.id() + ":review:" + on + ":";
    plan.reviewOwner()
        .flatMap(owner -> owner.referralsEmail().map(email -> new String[] {owner.name(), email}))
        .ifPresent(
            owner ->
                outbox.add(
                    new Notice(
                        key + "owner",
                        owner[1],
                        "A plan review is due on " + DAY.format(on),
                        owner[0]
                            + " owns the review of a person's plan, due on "
                            + DAY.format(on)
                            + ". Please arrange it with the person and the care team.\n\n"
                            + "Open the plan in the portal: "
                            + link("/plans/plan.xhtml?person=" + person.id())
                            + FOOTER,
                        null),
                    now));
    if (person.emailUpdates()) {
      outbox.add(
          new Notice(
              key + "person",
              person.email().orElseThrow(),
              "Your plan's review is coming up",
              "The review of your plan is due on "
                  + DAY.format(on)
                  + ". It is a chance to look at your goals again with the people who support"
                  + " you.\n\nSign in to the portal to see your plan: "
                  + link("/my/plan.xhtml")
                  + "\n\nYou asked for these e-mails; you can stop them on the referrals page."
                  + FOOTER,
              null),
          now);
    }
  }

  private String link(String path) {
    return portalUrl.strip().replaceAll("/+$", "") + path;
  }
}
