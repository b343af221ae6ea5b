package org.openneighbourhood.api.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A language the service is given in without an interpreter. */
@Embeddable
public class Language {

  @Column(nullable = false)
  private UUID id;

  @Column(nullable = false)
  private String name;

  private String code;

  protected Language() {}

  public Language(UUID id, String name, String code) {
    this.id = Objects.requireNonNull(id);
    this.name = Objects.requireNonNull(name);
    this.code = code;
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Optional<String> code() {
    return Optional.ofNullable(code);
  }
}
