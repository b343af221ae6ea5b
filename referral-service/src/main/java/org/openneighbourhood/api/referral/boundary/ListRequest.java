package org.openneighbourhood.api.referral.boundary;

import org.openneighbourhood.api.referral.control.ListPosition;
import org.openneighbourhood.api.referral.control.ReferralRepository.Window;

/**
 * Which page of a list the caller asks for: its number (as the caller counts, for the links), its
 * size, and where it starts: after the last row of the page before it, before the first row of the
 * page after it, or, for an address with a page number only, that many rows in.
 */
public record ListRequest(int page, int size, ListPosition after, ListPosition before) {

  public static ListRequest first(int size) {
    return new ListRequest(1, size, null, null);
  }

  Window window() {
    return new Window(after, before, (page - 1L) * size, size);
  }

  boolean backward() {
    return after == null && before != null;
  }
}
