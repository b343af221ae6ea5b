package org.openneighbourhood.api.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** One category of a taxonomy ("Money and debt"), possibly under a broader one. */
@Entity
@Table(name = "taxonomy_term")
public class TaxonomyTerm {

  @Id private UUID id;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "taxonomy_id")
  private Taxonomy taxonomy;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String description;

  private String code;

  @Column(name = "parent_id")
  private UUID parentId;

  @Column(name = "term_uri")
  private String termUri;

  protected TaxonomyTerm() {}

  public TaxonomyTerm(
      UUID id,
      Taxonomy taxonomy,
      String name,
      String description,
      String code,
      UUID parentId,
      String termUri) {
    this.id = Objects.requireNonNull(id);
    this.taxonomy = Objects.requireNonNull(taxonomy);
    this.name = Objects.requireNonNull(name);
    this.description = Objects.requireNonNull(description);
    this.code = code;
    this.parentId = parentId;
    this.termUri = termUri;
  }

  public UUID id() {
    return id;
  }

  public Taxonomy taxonomy() {
    return taxonomy;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  public Optional<UUID> parentId() {
    return Optional.ofNullable(parentId);
  }

  public Optional<String> termUri() {
    return Optional.ofNullable(termUri);
  }
}
