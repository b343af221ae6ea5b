package org.openneighbourhood.api.referral.entity;

public enum Urgency {
  ROUTINE,
  URGENT
}
