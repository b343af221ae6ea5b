package org.openneighbourhood.api.notification.entity;

import java.util.UUID;

/** A notification claimed for sending. */
public record PendingMail(UUID id, String recipient, String subject, String body, int attempts) {

  @Override
  public String toString() {
    // The recipient and the words stay out of logs.
    return "PendingMail[" + id + "]";
  }
}
