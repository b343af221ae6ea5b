package org.openneighbourhood.portal.api;

/** How the person wants news of their referrals: e-mail updates (a link only) or none. */
public record ContactChoice(String email, Boolean emailUpdates) {

  public boolean wantsUpdates() {
    return Boolean.TRUE.equals(emailUpdates);
  }
}
