package org.openneighbourhood.api.referral.entity;

public enum ReferralStatus {
  SENT,
  ACCEPTED,
  DECLINED
}
