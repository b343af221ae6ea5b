package org.openneighbourhood.api.notification.entity;

import java.util.UUID;

/**
 * A notification claimed for sending: an e-mail, or a text (whose recipient is a mobile number and
 * whose subject is empty).
 */
public record PendingMail(UUID id, String recipient, String subject, String body, int attempts) {

  @Override
  public String toString() {
    // The recipient and the words stay out of logs.
    return "PendingMail[" + id + "]";
  }
}
