package org.openneighbourhood.api.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * When a service is open: every week on some days, from and to (an ORUK schedule with {@code freq
 * WEEKLY} and {@code byday}), with words for anything else.
 */
@Embeddable
public class OpeningTime {

  private static final List<String> CODES = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

  @Column(nullable = false)
  private UUID id;

  @Column(name = "by_day", nullable = false)
  private String byDay;

  @Column(name = "opens_at")
  private LocalTime opensAt;

  @Column(name = "closes_at")
  private LocalTime closesAt;

  private String description;

  protected OpeningTime() {}

  public OpeningTime(
      UUID id, Set<DayOfWeek> days, LocalTime opensAt, LocalTime closesAt, String description) {
    if (days.isEmpty()) {
      throw new IllegalArgumentException("Opening times name at least one day");
    }
    if (opensAt != null && closesAt != null && !opensAt.isBefore(closesAt)) {
      throw new IllegalArgumentException("A service opens before it closes");
    }
    this.id = Objects.requireNonNull(id);
    this.byDay = String.join(",", EnumSet.copyOf(days).stream().map(OpeningTime::code).toList());
    this.opensAt = opensAt;
    this.closesAt = closesAt;
    this.description = description;
  }

  /** Days from an RFC 5545 BYDAY list ("MO,TU"); empty when it names none or an unknown day. */
  public static Optional<Set<DayOfWeek>> days(String byDay) {
    if (byDay == null || byDay.isBlank()) {
      return Optional.empty();
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String code : byDay.toUpperCase(Locale.ROOT).split(",")) {
      int index = CODES.indexOf(code.strip());
      if (index < 0) {
        return Optional.empty();
      }
      days.add(DayOfWeek.of(index + 1));
    }
    return Optional.of(days);
  }

  private static String code(DayOfWeek day) {
    return CODES.get(day.getValue() - 1);
  }

  public UUID id() {
    return id;
  }

  public String byDay() {
    return byDay;
  }

  public Set<DayOfWeek> dayList() {
    return days(byDay).orElseThrow();
  }

  public Optional<LocalTime> opensAt() {
    return Optional.ofNullable(opensAt);
  }

  public Optional<LocalTime> closesAt() {
    return Optional.ofNullable(closesAt);
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * "Monday, Tuesday 10:00 to 16:00. Closed on bank holidays.", as a link worker would read it out.
   */
  public String inWords() {
    List<String> names = new ArrayList<>();
    for (DayOfWeek day : dayList()) {
      names.add(day.getDisplayName(java.time.format.TextStyle.FULL, Locale.UK));
    }
    String days = String.join(", ", names);
    String when =
        opensAt == null || closesAt == null ? days : days + " " + opensAt + " to " + closesAt;
    if (description == null || description.isBlank()) {
      return when;
    }
    return when + ". " + description.strip();
  }
}
