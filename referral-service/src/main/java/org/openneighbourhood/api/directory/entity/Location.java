package org.openneighbourhood.api.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A place where services are given, with one physical address. Its position is its own when a feed
 * gave one, else its postcode's (looked up when searching, so postcodes imported later count).
 */
@Entity
@Table(name = "location")
public class Location {

  @Id private UUID id;

  private String name;

  private String description;

  @Column(name = "address_1")
  private String address1;

  private String city;

  @Column(name = "state_province")
  private String county;

  private String postcode;

  @Column(nullable = false)
  private String country = "GB";

  private Double latitude;

  private Double longitude;

  protected Location() {}

  public Location(
      UUID id,
      String name,
      String description,
      String address1,
      String city,
      String county,
      Postcode postcode,
      Position position) {
    this.id = Objects.requireNonNull(id);
    this.name = name;
    this.description = description;
    this.address1 = address1;
    this.city = city;
    this.county = county;
    this.postcode = postcode == null ? null : postcode.value();
    this.latitude = position == null ? null : position.latitude();
    this.longitude = position == null ? null : position.longitude();
  }

  public UUID id() {
    return id;
  }

  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  public Optional<String> address1() {
    return Optional.ofNullable(address1);
  }

  public Optional<String> city() {
    return Optional.ofNullable(city);
  }

  public Optional<String> county() {
    return Optional.ofNullable(county);
  }

  /** Its postcode as written: a UK one in its one form; another country's as the feed gave it. */
  public Optional<String> postalCode() {
    return Optional.ofNullable(postcode);
  }

  public String country() {
    return country;
  }

  /** The position a feed gave; empty when the postcode's is used. */
  public Optional<Position> position() {
    return latitude == null ? Optional.empty() : Optional.of(new Position(latitude, longitude));
  }

  /** Whether it has a street address to show (ORUK needs street, town and postcode). */
  public boolean hasAddress() {
    return address1 != null && city != null && postcode != null;
  }
}
