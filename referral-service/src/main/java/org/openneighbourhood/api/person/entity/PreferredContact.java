package org.openneighbourhood.api.person.entity;

/**
 * How the person prefers to be contacted (the Accessible Information Standard's contact method).
 */
public enum PreferredContact {
  PHONE("By phone"),
  EMAIL("By e-mail"),
  TEXT("By text message"),
  LETTER("By letter");

  private final String words;

  PreferredContact(String words) {
    this.words = words;
  }

  /** The choice in plain English, as the plan's history tells it. */
  public String words() {
    return words;
  }
}
