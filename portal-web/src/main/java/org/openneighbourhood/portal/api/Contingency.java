package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.time.Instant;

/** The contingency plan: what might go wrong, what to do, who to contact. */
public record Contingency(
    String whatMightGoWrong,
    String whatToDo,
    String whoToContact,
    long version,
    Instant updatedAt,
    String updatedBy)
    implements Serializable {

  static final Contingency EMPTY = new Contingency(null, null, null, 0, null, null);

  public boolean isEmpty() {
    return blank(whatMightGoWrong) && blank(whatToDo) && blank(whoToContact);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
