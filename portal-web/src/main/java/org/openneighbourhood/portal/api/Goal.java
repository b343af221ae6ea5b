package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A goal in the person's own words, how much it matters to them and how confident they feel (1-10,
 * or null when not said), the referrals serving it and its actions. mayEdit and mayAddActionFor say
 * what the caller may do with it.
 */
public record Goal(
    UUID id,
    String description,
    Integer importance,
    Integer confidence,
    String status,
    long version,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy,
    List<GoalReferral> servedBy,
    boolean mayEdit,
    List<OrganisationRef> mayAddActionFor,
    List<Action> actions)
    implements Serializable {

  public List<GoalReferral> servedByOrEmpty() {
    return servedBy == null ? List.of() : servedBy;
  }

  public List<OrganisationRef> mayAddActionForOrEmpty() {
    return mayAddActionFor == null ? List.of() : mayAddActionFor;
  }

  public List<Action> actionsOrEmpty() {
    return actions == null ? List.of() : actions;
  }

  public boolean mayAddAction() {
    return !mayAddActionForOrEmpty().isEmpty();
  }
}
