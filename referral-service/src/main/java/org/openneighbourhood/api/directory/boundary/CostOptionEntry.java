package org.openneighbourhood.api.directory.boundary;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.openneighbourhood.api.directory.entity.CostDetails;
import org.openneighbourhood.api.directory.entity.CostOption;
import org.openneighbourhood.api.problem.entity.FieldProblem;
import org.openneighbourhood.api.problem.entity.TextLimits;

/**
 * What a service costs someone, in its entry and as the API shows it (Open Referral's cost_option):
 * for whom ("Under 18s"), an amount in pounds (0 for free), per what ("per session"), and from and
 * to when the price holds. The amount or the words, or both.
 */
public class CostOptionEntry {

  /** The most a price may be (the column holds ten digits, two of them pence). */
  static final BigDecimal MOST = new BigDecimal("99999999.99");

  @Size(max = TextLimits.SHORT, message = TextLimits.SHORT_MESSAGE)
  public String option;

  public BigDecimal amount;

  /** Always GBP: the directory's prices are in pounds. Left out, it is GBP. */
  @Size(max = 3, message = "Use GBP")
  public String currency;

  @Size(max = TextLimits.SHORT, message = TextLimits.SHORT_MESSAGE)
  public String amountDescription;

  public LocalDate validFrom;

  public LocalDate validTo;

  public CostOptionEntry() {}

  static CostOptionEntry of(CostOption cost) {
    CostOptionEntry entry = new CostOptionEntry();
    entry.option = cost.option().orElse(null);
    entry.amount = cost.amount().map(CostOptionEntry::plain).orElse(null);
    entry.currency = cost.currency();
    entry.amountDescription = cost.amountDescription().orElse(null);
    entry.validFrom = cost.validFrom().orElse(null);
    entry.validTo = cost.validTo().orElse(null);
    return entry;
  }

  /** This cost checked, or null with its problems added; {@code at} is "costOptions[0]". */
  CostDetails checked(String at, List<FieldProblem> problems) {
    int before = problems.size();
    String forWhom = Text.tidy(option);
    String per = Text.tidy(amountDescription);
    Text.notLongerThan(forWhom, TextLimits.SHORT, at + ".option", problems);
    Text.notLongerThan(per, TextLimits.SHORT, at + ".amountDescription", problems);
    if (amount != null
        && (amount.signum() < 0
            || amount.compareTo(MOST) > 0
            || amount.stripTrailingZeros().scale() > 2)) {
      problems.add(
          new FieldProblem(
              at + ".amount", "Enter an amount in pounds and pence, like 5 or 4.50 (0 if free)"));
    }
    String money = Text.tidy(currency);
    if (money != null && !money.equals(CostOption.CURRENCY)) {
      problems.add(new FieldProblem(at + ".currency", "Give prices in pounds (GBP)"));
    }
    if (amount == null && forWhom == null && per == null) {
      problems.add(
          new FieldProblem(at + ".amount", "Enter an amount, or say what it costs, or remove it"));
    }
    if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
      problems.add(
          new FieldProblem(at + ".validTo", "The price must end on or after the day it starts"));
    }
    return problems.size() > before
        ? null
        : new CostDetails(forWhom, amount == null ? null : plain(amount), per, validFrom, validTo);
  }

  /** The amount without trailing zeros, never in powers of ten: 5, 4.5, 100. */
  static BigDecimal plain(BigDecimal amount) {
    BigDecimal stripped = amount.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
