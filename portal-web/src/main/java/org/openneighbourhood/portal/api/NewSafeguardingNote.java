package org.openneighbourhood.portal.api;

/** The body of a new safeguarding note. */
public record NewSafeguardingNote(String text) {

  @Override
  public String toString() {
    return "NewSafeguardingNote[not shown]";
  }
}
