package org.openneighbourhood.api.organisation.boundary;

import java.util.UUID;
import org.openneighbourhood.api.organisation.entity.Organisation;

/** A neighbourhood area: the primary care network whose area it is, by id and name. */
public record AreaView(UUID id, String name) {

  public static AreaView of(Organisation pcn) {
    return new AreaView(pcn.id(), pcn.name());
  }
}
