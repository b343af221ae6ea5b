package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.time.Instant;

/** "About me" in the person's own words; each part null when nothing is written yet. */
public record AboutMe(
    String whatMattersToMe,
    String importantPeople,
    String communication,
    String pleaseDo,
    String pleaseDont,
    String wellness,
    long version,
    Instant updatedAt,
    String updatedBy)
    implements Serializable {

  static final AboutMe EMPTY = new AboutMe(null, null, null, null, null, null, 0, null, null);

  public boolean isEmpty() {
    return blank(whatMattersToMe)
        && blank(importantPeople)
        && blank(communication)
        && blank(pleaseDo)
        && blank(pleaseDont)
        && blank(wellness);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
