package org.openneighbourhood.api.time.entity;

import java.time.ZoneId;

/**
 * England's clock, on which deadlines, consent terms, reviews and every other day of the domain are
 * counted: the one place the zone is named. The feature depends on nothing, so any feature may use
 * it without joining a cycle.
 */
public final class London {

  public static final ZoneId ZONE = ZoneId.of("Europe/London");

  private London() {}
}
