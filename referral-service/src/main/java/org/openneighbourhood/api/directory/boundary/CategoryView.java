package org.openneighbourhood.api.directory.boundary;

import java.util.UUID;
import org.openneighbourhood.api.directory.entity.TaxonomyTerm;

/** A category services are found by. */
public record CategoryView(UUID id, String name, String taxonomy) {

  static CategoryView of(TaxonomyTerm term) {
    return new CategoryView(term.id(), term.name(), term.taxonomy().name());
  }
}
