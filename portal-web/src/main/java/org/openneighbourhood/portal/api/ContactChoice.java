package org.openneighbourhood.portal.api;

import java.io.Serializable;

/**
 * How the person wants news of their referrals: e-mail updates, texts to a UK mobile number, both,
 * or none (each a link only). {@code textsOffered} is the API's answer only: false when the portal
 * sends no texts.
 */
public record ContactChoice(
    String email, Boolean emailUpdates, String mobile, Boolean textUpdates, Boolean textsOffered)
    implements Serializable {

  /** A choice to send (JSON-B reads the record through its one constructor: no second one). */
  public static ContactChoice of(
      String email, boolean emailUpdates, String mobile, boolean textUpdates) {
    return new ContactChoice(email, emailUpdates, mobile, textUpdates, null);
  }

  public boolean wantsUpdates() {
    return Boolean.TRUE.equals(emailUpdates);
  }

  public boolean wantsTexts() {
    return Boolean.TRUE.equals(textUpdates);
  }

  public boolean textsAreOffered() {
    return Boolean.TRUE.equals(textsOffered);
  }
}
