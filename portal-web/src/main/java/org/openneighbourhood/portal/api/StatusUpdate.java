package org.openneighbourhood.portal.api;

import java.io.Serializable;

/**
 * The body of a change to a referral's status. reason (for a decline) is NO_CAPACITY, NOT_ELIGIBLE,
 * PERSON_DECLINED, COULD_NOT_CONTACT or OTHER; outcome is required to complete.
 */
public record StatusUpdate(String reason, String note, String outcome) implements Serializable {

  public static StatusUpdate note(String note) {
    return new StatusUpdate(null, note, null);
  }
}
