package org.openneighbourhood.api.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * How to reach a service: a role or desk ("Reception", "Duty advice line") with an e-mail address
 * or phone number. Never a named person: the directory is public.
 */
@Embeddable
public class ServiceContact {

  @Column(nullable = false)
  private UUID id;

  @Column(nullable = false)
  private String title;

  private String email;

  private String phone;

  protected ServiceContact() {}

  public ServiceContact(UUID id, String title, String email, String phone) {
    this.id = Objects.requireNonNull(id);
    this.title = Objects.requireNonNull(title);
    this.email = email;
    this.phone = phone;
  }

  public UUID id() {
    return id;
  }

  public String title() {
    return title;
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  public Optional<String> phone() {
    return Optional.ofNullable(phone);
  }
}
