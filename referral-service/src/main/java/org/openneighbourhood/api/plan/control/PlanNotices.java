package org.openneighbourhood.api.plan.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import org.openneighbourhood.api.notification.control.Outbox;
import org.openneighbourhood.api.notification.control.PortalLinks;
import org.openneighbourhood.api.notification.control.TextRecipients;
import org.openneighbourhood.api.notification.entity.Notice;
import org.openneighbourhood.api.notification.entity.TextMessage;
import org.openneighbourhood.api.person.entity.Person;
import org.openneighbourhood.api.plan.entity.Plan;

/**
 * The plan's e-mails and texts: the reminder before a review, to the organisation that owns it (and
 * its staff who chose texts) and to the person if they chose e-mail or texts. Like every e-mail of
 * the portal, no name or detail of the person, only a link to the portal, where access is decided.
 */
@ApplicationScoped
public class PlanNotices {

  private static final String FOOTER = PortalLinks.FOOTER;

  @Inject Outbox outbox;
  @Inject PortalLinks links;
  @Inject TextRecipients texts;

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
                        "A plan review is due on " + PortalLinks.day(on),
                        owner[0]
                            + " owns the review of a person's plan, due on "
                            + PortalLinks.day(on)
                            + ". Please arrange it with the person and the care team.\n\n"
                            + "Open the plan in the portal: "
                            + link("/plans/plan.xhtml?person=" + person.id())
                            + FOOTER,
                        null),
                    now));
    plan.reviewOwner()
        .ifPresent(
            owner ->
                outbox.addAll(
                    texts.ofOrganisation(owner.id()).stream()
                        .map(
                            staff ->
                                Notice.text(
                                    key + "owner:" + staff.username(),
                                    staff.mobile(),
                                    TextMessage.REVIEW_DUE.words(
                                        link("/plans/plan.xhtml?person=" + person.id())),
                                    null))
                        .toList(),
                    now));
    if (person.textUpdates()) {
      outbox.add(
          Notice.text(
              key + "person",
              person.mobile().orElseThrow(),
              TextMessage.REVIEW_DUE.words(link("/my/plan.xhtml")),
              null),
          now);
    }
    if (person.emailUpdates()) {
      outbox.add(
          new Notice(
              key + "person",
              person.email().orElseThrow(),
              "Your plan's review is coming up",
              "The review of your plan is due on "
                  + PortalLinks.day(on)
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
    return links.link(path);
  }
}
