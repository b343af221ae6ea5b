package org.openneighbourhood.api.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/** A bank holiday in England and Wales, as GOV.UK publishes it. */
@Entity
@Table(name = "bank_holiday")
public class BankHoliday {

  /** The column's width. */
  public static final int MAX_TITLE = 200;

  @Id private LocalDate day;

  @Column(nullable = false)
  private String title;

  protected BankHoliday() {}

  public BankHoliday(LocalDate day, String title) {
    this.day = Objects.requireNonNull(day);
    this.title = Objects.requireNonNull(title);
  }

  public LocalDate day() {
    return day;
  }

  public String title() {
    return title;
  }
}
