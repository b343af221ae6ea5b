package org.openneighbourhood.portal.api;

import java.io.Serializable;

/** The body of a new safeguarding note. */
public record NewSafeguardingNote(String text) implements Serializable {

  @Override
  public String toString() {
    return "NewSafeguardingNote[not shown]";
  }
}
