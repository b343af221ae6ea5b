package org.openneighbourhood.api.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Someone to contact about a service (Open Referral's contact): a name, a job title, a department
 * and an e-mail address, each optional; its phones are the service's, marked as its. The directory
 * is public, so a role ("Reception", "Duty advice line") is the usual contact: a person is named
 * only when their organisation writes their name.
 */
@Embeddable
public class ServiceContact {

  @Column(nullable = false)
  private UUID id;

  private String name;

  private String title;

  private String department;

  private String email;

  protected ServiceContact() {}

  ServiceContact(UUID id, ContactDetails details) {
    this(id, details.name(), details.title(), details.department(), details.email());
  }

  public ServiceContact(UUID id, String name, String title, String department, String email) {
    this.id = Objects.requireNonNull(id);
    this.name = name;
    this.title = title;
    this.department = department;
    this.email = email;
  }

  public UUID id() {
    return id;
  }

  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  public Optional<String> department() {
    return Optional.ofNullable(department);
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }
}
