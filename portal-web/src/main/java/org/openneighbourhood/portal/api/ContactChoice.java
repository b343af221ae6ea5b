package org.openneighbourhood.portal.api;

import java.io.Serializable;

/** How the person wants news of their referrals: e-mail updates (a link only) or none. */
public record ContactChoice(String email, Boolean emailUpdates) implements Serializable {

  public boolean wantsUpdates() {
    return Boolean.TRUE.equals(emailUpdates);
  }
}
