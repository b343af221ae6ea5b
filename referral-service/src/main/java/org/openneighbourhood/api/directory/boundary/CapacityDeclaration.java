package org.openneighbourhood.api.directory.boundary;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.openneighbourhood.api.directory.entity.Capacity;

/** The body of PUT /services/{id}/capacity. */
public class CapacityDeclaration {

  @NotNull(message = "Choose whether the service is taking referrals")
  public Capacity capacity;

  /** When a paused service takes referrals again; none for an open-ended pause. */
  public LocalDate reopensOn;

  /** Reaching this many open referrals moves the service to its waiting list; none for no limit. */
  public Integer maxOpenReferrals;

  /** Whether people may refer themselves; unchanged when not sent. */
  public Boolean acceptsSelfReferral;

  public CapacityDeclaration() {}
}
