package org.openneighbourhood.portal.api;

import java.io.Serializable;

/**
 * Whether a staff member wants texts, to a UK mobile number, of what they sent and of what comes to
 * their organisation. {@code textsOffered} is the API's answer only: false when the portal sends no
 * texts.
 */
public record StaffContactChoice(String mobile, Boolean textUpdates, Boolean textsOffered)
    implements Serializable {

  public static StaffContactChoice of(String mobile, boolean textUpdates) {
    return new StaffContactChoice(mobile, textUpdates, null);
  }

  public boolean wantsTexts() {
    return Boolean.TRUE.equals(textUpdates);
  }

  public boolean textsAreOffered() {
    return Boolean.TRUE.equals(textsOffered);
  }
}
