package org.openneighbourhood.api.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A phone number of a service or of one of its contacts (Open Referral's phone): the number, an
 * extension, what it is for and a word about it ("Answered 9am to 5pm").
 */
@Embeddable
public class Phone {

  @Column(nullable = false)
  private UUID id;

  /** The contact it belongs to; null for the service's own numbers. */
  @Column(name = "contact_id")
  private UUID contactId;

  @Column(nullable = false)
  private String number;

  private String extension;

  @Enumerated(EnumType.STRING)
  private PhoneType type;

  private String description;

  protected Phone() {}

  Phone(UUID id, UUID contactId, PhoneDetails details) {
    this.id = Objects.requireNonNull(id);
    this.contactId = contactId;
    this.number = Objects.requireNonNull(details.number());
    this.extension = details.extension();
    this.type = details.type();
    this.description = details.description();
  }

  public UUID id() {
    return id;
  }

  public Optional<UUID> contactId() {
    return Optional.ofNullable(contactId);
  }

  public String number() {
    return number;
  }

  public Optional<String> extension() {
    return Optional.ofNullable(extension);
  }

  public Optional<PhoneType> type() {
    return Optional.ofNullable(type);
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  public PhoneDetails details() {
    return new PhoneDetails(number, extension, type, description);
  }
}
