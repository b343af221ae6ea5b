package org.openneighbourhood.api.referral.entity;

/** Who changes a referral's status, in the terms of the lifecycle table. */
public enum Actor {
  /** The organisation (or, for a self-referral, the person) that made the referral. */
  REFERRER("the referrer"),
  /** The organisation that offers the service. */
  RECEIVER("the receiving organisation"),
  /** The person the referral is about. */
  PERSON("the person"),
  /** The portal itself: first opened, deadline passed. */
  SYSTEM("the portal");

  private final String words;

  Actor(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }
}
