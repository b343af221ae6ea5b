package org.openneighbourhood.portal.api;

/**
 * A sex to record: an NHS stated gender code (1, 2, 9, or X for "I would rather not say"), and,
 * when staff record it, that the person agreed to it being recorded.
 */
public record SexChoice(String code, Boolean personAgreed) {

  @Override
  public String toString() {
    return "SexChoice[not shown]";
  }
}
