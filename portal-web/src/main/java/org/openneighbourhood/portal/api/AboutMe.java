package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** "About me" in the person's own words; each part null when nothing is written yet. */
public record AboutMe(
    String whatMattersToMe,
    String importantPeople,
    String communication,
    List<String> communicationNeeds,
    String preferredContact,
    String pleaseDo,
    String pleaseDont,
    String wellness,
    long version,
    Instant updatedAt,
    String updatedBy)
    implements Serializable {

  static final AboutMe EMPTY =
      new AboutMe(null, null, null, List.of(), null, null, null, null, 0, null, null);

  public boolean isEmpty() {
    return blank(whatMattersToMe)
        && blank(importantPeople)
        && blank(communication)
        && needsOrNone().isEmpty()
        && blank(preferredContact)
        && blank(pleaseDo)
        && blank(pleaseDont)
        && blank(wellness);
  }

  /** The coded communication needs; none when the API sent none. */
  public List<String> needsOrNone() {
    return communicationNeeds == null ? List.of() : communicationNeeds;
  }

  /** Whether anything says how to communicate with the person: codes, contact or words. */
  public boolean saysHowToCommunicate() {
    return !needsOrNone().isEmpty() || !blank(preferredContact) || !blank(communication);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
