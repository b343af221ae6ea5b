package org.openneighbourhood.api.directory.boundary;

import java.util.List;
import java.util.UUID;
import org.openneighbourhood.api.directory.entity.Capacity;
import org.openneighbourhood.api.directory.entity.Service;

/** A directory entry as the API shows it. */
public record ServiceView(
    UUID id,
    String name,
    String description,
    UUID organisationId,
    String organisationName,
    List<String> categories,
    Capacity capacity,
    int responseDays) {

  public static ServiceView of(Service service) {
    return new ServiceView(
        service.id(),
        service.name(),
        service.description(),
        service.organisation().id(),
        service.organisation().name(),
        service.categories(),
        service.capacity(),
        service.responseDays());
  }
}
