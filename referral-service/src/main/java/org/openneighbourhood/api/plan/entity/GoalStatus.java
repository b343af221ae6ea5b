package org.openneighbourhood.api.plan.entity;

/**
 * Where a goal stands. The goal is the person's: they (or the link worker with them) may move it
 * between any of these; only an active goal takes new actions.
 */
public enum GoalStatus {
  ACTIVE("working on it"),
  ACHIEVED("achieved"),
  ON_HOLD("on hold"),
  NO_LONGER_WANTED("no longer wanted");

  private final String words;

  GoalStatus(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }
}
