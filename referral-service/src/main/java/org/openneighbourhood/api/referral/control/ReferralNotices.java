package org.openneighbourhood.api.referral.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openneighbourhood.api.notification.control.Outbox;
import org.openneighbourhood.api.notification.control.PortalLinks;
import org.openneighbourhood.api.notification.control.TextRecipients;
import org.openneighbourhood.api.notification.entity.Notice;
import org.openneighbourhood.api.notification.entity.TextMessage;
import org.openneighbourhood.api.referral.entity.Actor;
import org.openneighbourhood.api.referral.entity.Message;
import org.openneighbourhood.api.referral.entity.Referral;
import org.openneighbourhood.api.referral.entity.ReferralStatus;
import org.openneighbourhood.api.schema.control.Insert;

/**
 * Who is told of a referral's change, by e-mail or text, and in which words. Written to the outbox
 * in the change's own transaction. No message names the person, their circumstances or why they
 * were referred: each says what happened in general words and links to the portal, where access is
 * decided. A text says less still: one of the fixed {@link TextMessage}s, naming no service or
 * organisation either. Staff who chose texts get them besides their organisation's e-mail: the
 * referrer of what they sent, and the receiving organisation's staff of what comes to it.
 */
@ApplicationScoped
public class ReferralNotices {

  private static final String FOOTER = PortalLinks.FOOTER;

  @Inject Outbox outbox;
  @Inject PortalLinks links;
  @Inject TextRecipients texts;

  /**
   * Tells whoever needs to know of the referral's latest status change, in one statement however
   * many are told.
   */
  public void changed(Referral referral, Instant now) {
    outbox.addAll(forChange(referral), now);
  }

  /**
   * The same as {@link #changed}, as a statement to run with a use case's other writes in one round
   * trip; empty when the change tells no one.
   */
  public List<Insert> changedInserts(Referral referral, Instant now) {
    List<Insert> inserts = new ArrayList<>();
    Outbox.insertOf(forChange(referral, false), now).ifPresent(inserts::add);
    staffTextsInsert(referral, now).ifPresent(inserts::add);
    return inserts;
  }

  private List<Notice> forChange(Referral referral) {
    return forChange(referral, true);
  }

  /**
   * The notices of the referral's latest change.
   *
   * @param staffTexts whether they include the texts to the receiving organisation's staff, read
   *     here; without them, {@link #staffTextsInsert} writes those in the same statement
   */
  private List<Notice> forChange(Referral referral, boolean staffTexts) {
    ReferralStatus status = referral.status();
    int change = referral.timeline().size();
    List<Notice> notices = new ArrayList<>();
    switch (status) {
      case SENT -> toReceiver(referral, change, newReferral(referral)).ifPresent(notices::add);
      case ACCEPTED, WAITLISTED, DECLINED, IN_PROGRESS, COMPLETED, DID_NOT_ENGAGE, EXPIRED -> {
        toReferrer(referral, change).ifPresent(notices::add);
        textToReferrer(referral, key(referral, change, "referrer"), TextMessage.REFERRAL_NEWS)
            .ifPresent(notices::add);
      }
      case WITHDRAWN, ENTERED_IN_ERROR ->
          toReceiver(referral, change, closedByReferrer(referral)).ifPresent(notices::add);
      default -> {
        // DRAFT and SEEN tell no one.
      }
    }
    if (staffTexts) {
      staffText(status)
          .ifPresent(
              text ->
                  notices.addAll(
                      textsToReceiver(
                          referral,
                          key(referral, change, "receiver"),
                          text,
                          inbox(referral),
                          null)));
    }
    if (status != ReferralStatus.DRAFT && status != ReferralStatus.SEEN) {
      toPerson(referral, change).ifPresent(notices::add);
      textToPerson(referral, key(referral, change, "person"), TextMessage.REFERRAL_NEWS)
          .ifPresent(notices::add);
    }
    return notices;
  }

  /**
   * Texts to the receiving organisation's staff who chose them, each keyed by its recipient, but
   * not to {@code writer}.
   */
  private List<Notice> textsToReceiver(
      Referral referral, String eventKey, TextMessage text, String path, String writer) {
    return texts.ofOrganisation(referral.receivingOrganisation().id()).stream()
        .filter(staff -> !staff.username().equals(writer))
        .map(
            staff ->
                Notice.text(
                    eventKey + ":" + staff.username(),
                    staff.mobile(),
                    text.words(link(path)),
                    referral.id()))
        .toList();
  }

  /**
   * The texts of {@link #textsToReceiver} for the referral's latest change as one insert that reads
   * the staff's numbers itself, so that a submission tells them without a round trip of its own.
   */
  Optional<Insert> staffTextsInsert(Referral referral, Instant now) {
    int change = referral.timeline().size();
    return staffText(referral.status())
        .map(
            text ->
                new Insert(
                    "insert into notification"
                        + " (id, event_key, channel, recipient, subject, body, referral_id,"
                        + " created_at, next_attempt)"
                        + " select gen_random_uuid(), ?1 || ':' || username || ':text', 'TEXT',"
                        + " mobile, '', ?2, cast(?3 as uuid), cast(?4 as timestamp with time zone),"
                        + " cast(?4 as timestamp with time zone)"
                        + " from staff_contact where organisation_id = cast(?5 as uuid)"
                        + " on conflict (event_key) do nothing",
                    List.of(
                        key(referral, change, "receiver"),
                        text.words(link(inbox(referral))),
                        referral.id().toString(),
                        java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC)
                            .toString(),
                        referral.receivingOrganisation().id().toString())));
  }

  /**
   * What the receiving organisation's staff who chose texts are texted when a referral becomes so.
   */
  private static Optional<TextMessage> staffText(ReferralStatus status) {
    return switch (status) {
      case SENT -> Optional.of(TextMessage.NEW_REFERRAL);
      case WITHDRAWN, ENTERED_IN_ERROR -> Optional.of(TextMessage.REFERRAL_NEWS);
      default -> Optional.empty();
    };
  }

  private static String inbox(Referral referral) {
    return "/inbox/referral.xhtml?id=" + referral.id();
  }

  /** A text to the referrer, if they chose texts (never of a self-referral: that is the person). */
  private Optional<Notice> textToReferrer(Referral referral, String eventKey, TextMessage text) {
    if (referral.selfReferral()) {
      return Optional.empty();
    }
    return referral
        .referrerEmail()
        .flatMap(texts::ofEmail)
        .map(
            mobile ->
                Notice.text(
                    eventKey,
                    mobile,
                    text.words(link("/referrals/referral.xhtml?id=" + referral.id())),
                    referral.id()));
  }

  /** A text to the person, if they chose texts. */
  private Optional<Notice> textToPerson(Referral referral, String eventKey, TextMessage text) {
    if (!referral.person().textUpdates()) {
      return Optional.empty();
    }
    return Optional.of(
        Notice.text(
            eventKey,
            referral.person().mobile().orElseThrow(),
            text.words(link("/my/referrals.xhtml")),
            referral.id()));
  }

  /**
   * Tells the other parties that someone wrote a message on the referral: the referrer, the
   * receiving organisation and the person (if they asked for e-mail updates), but not the writer.
   * The e-mail says only that there is a message, with a link: never its text, the service or the
   * person.
   *
   * @param writerEmail the writer's own address, never written to, whichever party it belongs to
   * @param writerUsername the writer, never texted about their own message
   */
  public void message(
      Referral referral, Message message, String writerEmail, String writerUsername, Instant now) {
    int number = referral.messages().size();
    String id = referral.id().toString();
    List<Notice> notices = new ArrayList<>();
    if (message.actor() != Actor.REFERRER && !referral.selfReferral()) {
      referral
          .referrerEmail()
          .map(
              email ->
                  aboutMessage(
                      referral,
                      number,
                      "referrer",
                      email,
                      "/referrals/referral.xhtml?id=" + id,
                      ""))
          .ifPresent(notices::add);
    }
    if (message.actor() != Actor.RECEIVER) {
      referral
          .receivingOrganisation()
          .referralsEmail()
          .map(email -> aboutMessage(referral, number, "receiver", email, inbox(referral), ""))
          .ifPresent(notices::add);
    }
    if (message.actor() != Actor.PERSON && referral.person().emailUpdates()) {
      notices.add(
          aboutMessage(
              referral,
              number,
              "person",
              referral.person().email().orElseThrow(),
              "/my/referrals.xhtml",
              "\n\nYou asked for these e-mails; you can stop them on the same page."));
    }
    List<Notice> all =
        new ArrayList<>(
            notices.stream()
                .filter(
                    notice ->
                        writerEmail == null || !notice.recipient().equalsIgnoreCase(writerEmail))
                .toList());
    String key = "referral:" + id + ":message:" + number + ":";
    boolean writerIsReferrer =
        writerEmail != null
            && referral.referrerEmail().filter(writerEmail::equalsIgnoreCase).isPresent();
    if (message.actor() != Actor.REFERRER && !writerIsReferrer) {
      textToReferrer(referral, key + "referrer", TextMessage.NEW_MESSAGE).ifPresent(all::add);
    }
    if (message.actor() != Actor.RECEIVER) {
      all.addAll(
          textsToReceiver(
              referral,
              key + "receiver",
              TextMessage.NEW_MESSAGE,
              inbox(referral),
              writerUsername));
    }
    if (message.actor() != Actor.PERSON) {
      textToPerson(referral, key + "person", TextMessage.NEW_MESSAGE).ifPresent(all::add);
    }
    outbox.addAll(all, now);
  }

  private Notice aboutMessage(
      Referral referral, int number, String recipient, String email, String path, String more) {
    return new Notice(
        "referral:" + referral.id() + ":message:" + number + ":" + recipient,
        email,
        "New message on a referral",
        "There is a new message on a referral.\n\nSign in to the portal to read it: "
            + link(path)
            + more
            + FOOTER,
        referral.id());
  }

  /** Reminds the receiving organisation (and its staff who chose texts) that an answer is due. */
  public void reminder(Referral referral, Instant now) {
    outbox.addAll(
        textsToReceiver(
            referral,
            "referral:" + referral.id() + ":reminder",
            TextMessage.ANSWER_DUE,
            inbox(referral),
            null),
        now);
    referral
        .receivingOrganisation()
        .referralsEmail()
        .ifPresent(
            email ->
                outbox.add(
                    new Notice(
                        "referral:" + referral.id() + ":reminder",
                        email,
                        "A referral needs an answer by " + day(referral),
                        "A referral to "
                            + referral.service().name()
                            + " is waiting for an answer from "
                            + referral.receivingOrganisation().name()
                            + ". Please accept, waitlist or decline it by "
                            + day(referral)
                            + ", or it will expire and the referrer will be told.\n\n"
                            + "Open it in the portal: "
                            + link(inbox(referral))
                            + FOOTER,
                        referral.id()),
                    now));
  }

  private String newReferral(Referral referral) {
    return "There is a new referral to "
        + referral.service().name()
        + ". Please answer it by "
        + day(referral)
        + ".\n\nOpen it in the portal: "
        + link(inbox(referral));
  }

  private String closedByReferrer(Referral referral) {
    return "A referral to "
        + referral.service().name()
        + " was "
        + referral.status().pastTense()
        + ". There is nothing more to do on it.\n\nSee it in the portal: "
        + link(inbox(referral));
  }

  private Optional<Notice> toReceiver(Referral referral, int change, String body) {
    return referral
        .receivingOrganisation()
        .referralsEmail()
        .map(
            email ->
                new Notice(
                    key(referral, change, "receiver"),
                    email,
                    referral.status() == ReferralStatus.SENT
                        ? "New referral to " + referral.service().name()
                        : "A referral to "
                            + referral.service().name()
                            + " was "
                            + referral.status().pastTense(),
                    body + FOOTER,
                    referral.id()));
  }

  private Optional<Notice> toReferrer(Referral referral, int change) {
    if (referral.selfReferral()) {
      return Optional.empty();
    }
    String news =
        referral.status() == ReferralStatus.EXPIRED
            ? "had no answer by its deadline and has expired. The portal suggests other services"
                + " that are taking referrals"
            : "was "
                + referral.status().pastTense()
                + " by "
                + referral.receivingOrganisation().name();
    return referral
        .referrerEmail()
        .map(
            email ->
                new Notice(
                    key(referral, change, "referrer"),
                    email,
                    "Your referral to "
                        + referral.service().name()
                        + " was "
                        + referral.status().pastTense(),
                    "The referral you sent to "
                        + referral.service().name()
                        + " "
                        + news
                        + ".\n\nSee it in the portal: "
                        + link("/referrals/referral.xhtml?id=" + referral.id())
                        + FOOTER,
                    referral.id()));
  }

  private Optional<Notice> toPerson(Referral referral, int change) {
    if (!referral.person().emailUpdates()) {
      return Optional.empty();
    }
    return Optional.of(
        new Notice(
            key(referral, change, "person"),
            referral.person().email().orElseThrow(),
            "News about a referral for you",
            "There is news about a referral for you.\n\nSign in to the portal to see it: "
                + link("/my/referrals.xhtml")
                + "\n\nYou asked for these e-mails; you can stop them on the same page."
                + FOOTER,
            referral.id()));
  }

  private static String key(Referral referral, int change, String recipient) {
    return "referral:" + referral.id() + ":" + change + ":" + recipient;
  }

  /** The last working day to answer on, named as the portal names it. */
  private static String day(Referral referral) {
    return referral.answerBy().map(PortalLinks::day).orElse("its deadline");
  }

  private String link(String path) {
    return links.link(path);
  }
}
