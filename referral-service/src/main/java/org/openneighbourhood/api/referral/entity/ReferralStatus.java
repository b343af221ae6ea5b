package org.openneighbourhood.api.referral.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral is in its lifecycle (the table in DESIGN.md). Which status may follow which, and
 * who may make each change, is {@link Lifecycle}.
 */
public enum ReferralStatus {
  DRAFT("a draft", "sent"),
  SENT("sent", "sent"),
  SEEN("seen", "marked as seen"),
  ACCEPTED("accepted", "accepted"),
  WAITLISTED("on the waiting list", "put on the waiting list"),
  DECLINED("declined", "declined"),
  EXPIRED("expired", "expired"),
  IN_PROGRESS("in progress", "started"),
  COMPLETED("completed", "completed"),
  DID_NOT_ENGAGE("closed because the person did not take it up", "closed as not taken up"),
  WITHDRAWN("withdrawn", "withdrawn"),
  ENTERED_IN_ERROR("marked as entered in error", "marked as entered in error");

  private static final Set<ReferralStatus> CLOSED =
      EnumSet.of(DECLINED, EXPIRED, COMPLETED, DID_NOT_ENGAGE, WITHDRAWN, ENTERED_IN_ERROR);
  private static final Set<ReferralStatus> AWAITING_ANSWER = EnumSet.of(SENT, SEEN);
  private static final Set<ReferralStatus> RECEIVER_INVOLVED =
      EnumSet.of(SENT, SEEN, WAITLISTED, ACCEPTED, IN_PROGRESS);

  private final String words;
  private final String pastTense;

  ReferralStatus(String words, String pastTense) {
    this.words = words;
    this.pastTense = pastTense;
  }

  /** How a sentence says a referral is in this status: "a referral that is {words}". */
  public String words() {
    return words;
  }

  /** How a sentence says a referral came to this status: "the referral was {pastTense}". */
  public String pastTense() {
    return pastTense;
  }

  /**
   * Where lists show a referral: 0 when it waits for someone to act (a draft to send, a referral to
   * answer), 1 when the receiver has it in hand, 2 when it is closed.
   */
  public int listGroup() {
    if (isClosed()) {
      return 2;
    }
    return this == DRAFT || isAwaitingAnswer() ? 0 : 1;
  }

  /** Nothing more will happen to it (other than being marked as entered in error). */
  public boolean isClosed() {
    return CLOSED.contains(this);
  }

  /** Sent and waiting for the receiving organisation to answer: its response deadline runs. */
  public boolean isAwaitingAnswer() {
    return AWAITING_ANSWER.contains(this);
  }

  /**
   * The receiving organisation is involved with the person: the referral is waiting for its answer
   * or it took the person on. Counts towards a service's open referrals.
   */
  public boolean involvesReceiver() {
    return RECEIVER_INVOLVED.contains(this);
  }

  /**
   * The receiving organisation took the person on (accepted, waitlisted or working with them): it
   * may add its actions to the goal the referral serves.
   */
  public boolean isTakenOn() {
    return this == ACCEPTED || this == WAITLISTED || this == IN_PROGRESS;
  }

  public static Set<ReferralStatus> closed() {
    return EnumSet.copyOf(CLOSED);
  }

  public static Set<ReferralStatus> involvingReceiver() {
    return EnumSet.copyOf(RECEIVER_INVOLVED);
  }
}
