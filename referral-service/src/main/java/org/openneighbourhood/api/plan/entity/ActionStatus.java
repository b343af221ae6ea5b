package org.openneighbourhood.api.plan.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an action stands, and where it may go next: started work is not un-started; a done action
 * may be reopened and a stopped one restarted (both back to in progress).
 */
public enum ActionStatus {
  NOT_STARTED("not started"),
  IN_PROGRESS("in progress"),
  DONE("done"),
  STOPPED("stopped");

  private final String words;

  ActionStatus(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }

  public Set<ActionStatus> next() {
    return switch (this) {
      case NOT_STARTED -> EnumSet.of(IN_PROGRESS, DONE, STOPPED);
      case IN_PROGRESS -> EnumSet.of(DONE, STOPPED);
      case DONE, STOPPED -> EnumSet.of(IN_PROGRESS);
    };
  }

  public boolean canBecome(ActionStatus status) {
    return status == this || next().contains(status);
  }
}
