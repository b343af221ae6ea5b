package org.openneighbourhood.portal.api;

/** A message on a referral, as the API takes it. */
public record NewMessage(String text) {

  @Override
  public String toString() {
    // The text is sensitive: never in a log line.
    return "NewMessage";
  }
}
