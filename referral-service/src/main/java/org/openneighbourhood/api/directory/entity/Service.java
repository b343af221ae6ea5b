package org.openneighbourhood.api.directory.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.openneighbourhood.api.organisation.entity.Organisation;

/** A service an organisation offers in the neighbourhood directory. */
@Entity
@Table(name = "service")
public class Service {

  @Id private UUID id;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String description;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "service_category", joinColumns = @JoinColumn(name = "service_id"))
  @OrderColumn(name = "position")
  @Column(name = "category")
  private List<String> categories = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Capacity capacity;

  @Column(name = "response_days", nullable = false)
  private int responseDays;

  protected Service() {}

  public Service(
      UUID id,
      Organisation organisation,
      String name,
      String description,
      List<String> categories,
      Capacity capacity,
      int responseDays) {
    if (responseDays < 1) {
      throw new IllegalArgumentException("A service responds within at least one day");
    }
    this.id = Objects.requireNonNull(id);
    this.organisation = Objects.requireNonNull(organisation);
    this.name = Objects.requireNonNull(name);
    this.description = Objects.requireNonNull(description);
    this.categories = new ArrayList<>(categories);
    this.capacity = Objects.requireNonNull(capacity);
    this.responseDays = responseDays;
  }

  public boolean acceptsReferrals() {
    return capacity != Capacity.PAUSED;
  }

  public UUID id() {
    return id;
  }

  public Organisation organisation() {
    return organisation;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public List<String> categories() {
    return List.copyOf(categories);
  }

  public Capacity capacity() {
    return capacity;
  }

  public int responseDays() {
    return responseDays;
  }
}
