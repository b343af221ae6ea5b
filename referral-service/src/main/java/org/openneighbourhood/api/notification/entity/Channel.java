package org.openneighbourhood.api.notification.entity;

/**
 * How a notification reaches its recipient: e-mail over SMTP, a text through GOV.UK Notify, or a
 * BaRS message to a partner organisation's own system (its recipient is the organisation's alias,
 * its body the FHIR Bundle).
 */
public enum Channel {
  EMAIL,
  TEXT,
  BARS
}
