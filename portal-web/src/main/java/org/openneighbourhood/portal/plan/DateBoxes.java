package org.openneighbourhood.portal.plan;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The day, month and year boxes of one NHS.UK date input, as typed (kept as typed when the date is
 * refused, so the user sees what they wrote).
 */
public class DateBoxes implements Serializable {

  private static final long serialVersionUID = 1L;

  private String day;
  private String month;
  private String year;

  /** Fills the boxes with a stored date (empty boxes for none). */
  public void show(LocalDate date) {
    day = PlanDate.day(date);
    month = PlanDate.month(date);
    year = PlanDate.year(date);
  }

  /**
   * @param name the date's name at the start of a sentence, e.g. "Due date"
   * @param required whether blank boxes are a problem
   */
  public PlanDate parse(String name, boolean required) {
    return PlanDate.parse(day, month, year, name, required);
  }

  public String getDay() {
    return day;
  }

  public void setDay(String day) {
    this.day = day;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year;
  }
}
