package org.openneighbourhood.api.referral.entity;

/** Why a service declined; OTHER needs a note saying why in plain words. */
public enum DeclineReason {
  NO_CAPACITY,
  NOT_ELIGIBLE,
  PERSON_DECLINED,
  COULD_NOT_CONTACT,
  OTHER
}
