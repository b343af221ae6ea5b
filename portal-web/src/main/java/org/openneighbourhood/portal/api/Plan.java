package org.openneighbourhood.portal.api;

import java.util.List;
import java.util.UUID;

public record Plan(UUID personId, String whatMattersToMe, List<Goal> goals) {

  public List<Goal> goalsOrEmpty() {
    return goals == null ? List.of() : goals;
  }
}
