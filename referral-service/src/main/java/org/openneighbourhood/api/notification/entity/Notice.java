package org.openneighbourhood.api.notification.entity;

import java.util.Objects;
import java.util.UUID;

/**
 * An e-mail to send once: {@code eventKey} names the event it tells of and whom, so the same event
 * never notifies the same recipient twice, however often it is written.
 */
public record Notice(
    String eventKey, String recipient, String subject, String body, UUID referralId) {

  public Notice {
    Objects.requireNonNull(eventKey);
    Objects.requireNonNull(recipient);
    Objects.requireNonNull(subject);
    Objects.requireNonNull(body);
  }
}
