package org.openneighbourhood.portal.directory;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import org.openneighbourhood.portal.api.CostOption;
import org.openneighbourhood.portal.layout.Pages;
import org.openneighbourhood.portal.problem.FormErrors;

/**
 * One cost option as the service's form shows it ("cost-0-amount"): for whom, the amount in pounds
 * as typed ("5", "£4.50", "0" for free), per what, and the days the price holds from and to (each
 * as day, month and year).
 */
public final class CostRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String[] DATE_PARTS = {"day", "month", "year"};

  private final int index;
  private final String option;
  private final String amount;
  private final String amountDescription;
  private final String[] validFrom;
  private final String[] validTo;

  CostRow(
      int index,
      String option,
      String amount,
      String amountDescription,
      String[] validFrom,
      String[] validTo) {
    this.index = index;
    this.option = PhoneRow.blankless(option);
    this.amount = PhoneRow.blankless(amount);
    this.amountDescription = PhoneRow.blankless(amountDescription);
    this.validFrom = validFrom.clone();
    this.validTo = validTo.clone();
  }

  static CostRow blank(int index) {
    return new CostRow(index, "", "", "", dayParts(null), dayParts(null));
  }

  static CostRow of(int index, CostOption cost) {
    return new CostRow(
        index,
        cost.option(),
        cost.amount() == null ? "" : money(cost.amount()),
        cost.amountDescription(),
        dayParts(cost.validFrom()),
        dayParts(cost.validTo()));
  }

  static CostRow typed(int index) {
    String prefix = "cost-" + index + "-";
    return new CostRow(
        index,
        Pages.parameter(prefix + "option"),
        Pages.parameter(prefix + "amount"),
        Pages.parameter(prefix + "amountDescription"),
        typedDay(prefix + "validFrom"),
        typedDay(prefix + "validTo"));
  }

  CostRow at(int newIndex) {
    return new CostRow(newIndex, option, amount, amountDescription, validFrom, validTo);
  }

  /** The form field of one of its parts: "cost-0-amount", "cost-0-validFrom-day". */
  public String field(String part) {
    return "cost-" + index + "-" + part;
  }

  boolean isBlank() {
    return (option
            + amount
            + amountDescription
            + String.join("", validFrom)
            + String.join("", validTo))
        .isBlank();
  }

  /**
   * The cost option for the API, or null with what the page itself can tell is wrong (an amount or
   * a date that is not one) added to {@code errors}; the API's problems mapped to the fields.
   */
  CostOption entry(String apiItem, Map<String, String> apiFields, FormErrors errors) {
    for (String part : new String[] {"option", "amount", "currency", "amountDescription"}) {
      apiFields.put(apiItem + "." + part, field(part.equals("currency") ? "amount" : part));
    }
    apiFields.put(apiItem, field("amount"));
    apiFields.put(apiItem + ".validFrom", field("validFrom"));
    apiFields.put(apiItem + ".validTo", field("validTo"));
    errors.setAnchor(field("validFrom"), field("validFrom-day"));
    errors.setAnchor(field("validTo"), field("validTo-day"));
    boolean fine = true;
    BigDecimal pounds = null;
    String typed = amount.replace("£", "").replace(",", "").strip();
    if (!typed.isEmpty()) {
      if (typed.matches("[0-9]{1,8}(\\.[0-9]{1,2})?")) {
        pounds = new BigDecimal(typed);
      } else {
        errors.add(field("amount"), "Enter an amount in pounds, like 5 or 4.50 (0 if it is free)");
        fine = false;
      }
    }
    LocalDate from = day(validFrom, field("validFrom"), errors);
    LocalDate to = day(validTo, field("validTo"), errors);
    if (from == INVALID || to == INVALID || !fine) {
      return null;
    }
    return new CostOption(
        PhoneRow.orNull(option), pounds, "GBP", PhoneRow.orNull(amountDescription), from, to);
  }

  private static final LocalDate INVALID = LocalDate.MIN;

  private static LocalDate day(String[] parts, String field, FormErrors errors) {
    if (String.join("", parts).isBlank()) {
      return null;
    }
    try {
      return LocalDate.of(
          Integer.parseInt(parts[2].strip()),
          Integer.parseInt(parts[1].strip()),
          Integer.parseInt(parts[0].strip()));
    } catch (NumberFormatException | DateTimeException notADate) {
      errors.add(field, "Enter a real date with a day, month and year, like 1 4 2026");
      return INVALID;
    }
  }

  private static String[] dayParts(LocalDate day) {
    return day == null
        ? new String[] {"", "", ""}
        : new String[] {
          Integer.toString(day.getDayOfMonth()),
          Integer.toString(day.getMonthValue()),
          Integer.toString(day.getYear())
        };
  }

  private static String[] typedDay(String field) {
    String[] parts = new String[3];
    for (int i = 0; i < 3; i++) {
      parts[i] = PhoneRow.blankless(Pages.parameter(field + "-" + DATE_PARTS[i]));
    }
    return parts;
  }

  /** "5", "4.50": pounds as people write them. */
  static String money(BigDecimal amount) {
    BigDecimal pounds = amount.stripTrailingZeros();
    return pounds.scale() <= 0
        ? pounds.setScale(0).toPlainString()
        : amount.setScale(2).toPlainString();
  }

  public int getIndex() {
    return index;
  }

  public String getOption() {
    return option;
  }

  public String getAmount() {
    return amount;
  }

  public String getAmountDescription() {
    return amountDescription;
  }

  /** The typed part of a date: from or to, day, month or year ("validFrom", 0). */
  public String datePart(String which, int part) {
    return which.equals("validFrom") ? validFrom[part] : validTo[part];
  }
}
