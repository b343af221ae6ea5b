package org.openneighbourhood.api.referral.entity;

public enum ReferralStatus {
  SENT,
  ACCEPTED,
  DECLINED;

  /** Waiting for an answer, or taken on: the receiving organisation is involved with the person. */
  public boolean isOpenOrAccepted() {
    return this == SENT || this == ACCEPTED;
  }
}
