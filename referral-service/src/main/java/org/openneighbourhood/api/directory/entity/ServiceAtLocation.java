package org.openneighbourhood.api.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Objects;
import java.util.UUID;

/** A service given at a location (ORUK service_at_location), with the link's own id. */
@Embeddable
public class ServiceAtLocation {

  @Column(nullable = false)
  private UUID id;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "location_id")
  private Location location;

  protected ServiceAtLocation() {}

  public ServiceAtLocation(UUID id, Location location) {
    this.id = Objects.requireNonNull(id);
    this.location = Objects.requireNonNull(location);
  }

  public UUID id() {
    return id;
  }

  public Location location() {
    return location;
  }
}
