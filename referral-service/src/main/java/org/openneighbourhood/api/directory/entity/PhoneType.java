package org.openneighbourhood.api.directory.entity;

import java.util.Locale;

/**
 * What a phone number is for, from the list Open Referral (HSDS 3) takes from RFC 6350: calls, a
 * mobile, text messages, a textphone, video calls, fax.
 */
public enum PhoneType {
  VOICE,
  CELL,
  TEXT,
  TEXTPHONE,
  VIDEO,
  FAX;

  /** The word Open Referral writes ("voice"). */
  public String oruk() {
    return name().toLowerCase(Locale.ROOT);
  }
}
