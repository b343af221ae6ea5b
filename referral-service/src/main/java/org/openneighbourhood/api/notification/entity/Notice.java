package org.openneighbourhood.api.notification.entity;

import java.util.Objects;
import java.util.UUID;
import org.openneighbourhood.api.texting.entity.UkMobile;

/**
 * A message to send once: {@code eventKey} names the event it tells of and whom, so the same event
 * never notifies the same recipient twice, however often it is written. An e-mail goes to an
 * address with a subject; a text goes to a mobile number in international form, has no subject, and
 * its words are one of the fixed {@link TextMessage}s.
 */
public record Notice(
    Channel channel,
    String eventKey,
    String recipient,
    String subject,
    String body,
    UUID referralId) {

  public Notice {
    Objects.requireNonNull(channel);
    Objects.requireNonNull(eventKey);
    Objects.requireNonNull(recipient);
    Objects.requireNonNull(subject);
    Objects.requireNonNull(body);
  }

  /** An e-mail. */
  public Notice(String eventKey, String recipient, String subject, String body, UUID referralId) {
    this(Channel.EMAIL, eventKey, recipient, subject, body, referralId);
  }

  /**
   * A text message: its key is the event's with {@code :text} added, so it never stands in for the
   * same event's e-mail.
   */
  public static Notice text(String eventKey, UkMobile to, String words, UUID referralId) {
    return new Notice(Channel.TEXT, eventKey + ":text", to.number(), "", words, referralId);
  }

  @Override
  public String toString() {
    // The recipient and the words stay out of logs.
    return "Notice[" + channel + " " + eventKey + "]";
  }
}
