package org.openneighbourhood.api.notification.entity;

/** How a notification reaches its recipient: e-mail over SMTP, or a text through GOV.UK Notify. */
public enum Channel {
  EMAIL,
  TEXT
}
