package org.openneighbourhood.api.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A list of terms services are categorised by (an Open Referral UK taxonomy). */
@Entity
@Table(name = "taxonomy")
public class Taxonomy {

  /** The categories the neighbourhood's own services use (seeded by the V6 migration). */
  public static final UUID NEIGHBOURHOOD_CATEGORIES =
      UUID.fromString("6f1d2c3a-0000-4000-8000-000000000001");

  @Id private UUID id;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String description;

  private String uri;

  private String version;

  protected Taxonomy() {}

  public Taxonomy(UUID id, String name, String description, String uri, String version) {
    this.id = Objects.requireNonNull(id);
    this.name = Objects.requireNonNull(name);
    this.description = Objects.requireNonNull(description);
    this.uri = uri;
    this.version = version;
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public Optional<String> uri() {
    return Optional.ofNullable(uri);
  }

  public Optional<String> version() {
    return Optional.ofNullable(version);
  }
}
