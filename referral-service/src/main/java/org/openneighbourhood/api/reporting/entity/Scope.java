package org.openneighbourhood.api.reporting.entity;

import java.util.UUID;

/**
 * Which referrals of a period a report counts: all of them, or those to services in a category (in
 * any place), those to one receiving organisation, those referred from one neighbourhood area (a
 * primary care network's: the referring organisation is the PCN or belongs to its area), or those
 * meeting each filter given. A self-referral is in no area.
 *
 * @param category a category's id, or null
 * @param organisation the receiving organisation's id, or null
 * @param area the PCN's id whose area it is, or null
 */
public record Scope(UUID category, UUID organisation, UUID area) {

  /** Every referral of the period. */
  public static final Scope ALL = new Scope(null, null, null);

  /** The referrals one organisation was sent: its own report's. */
  public static Scope receivedBy(UUID organisation) {
    return new Scope(null, organisation, null);
  }
}
