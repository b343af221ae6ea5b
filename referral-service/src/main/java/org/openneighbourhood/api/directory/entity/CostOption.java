package org.openneighbourhood.api.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What using a service costs someone (Open Referral's cost_option): for whom ("Under 18s"), how
 * much in pounds, per what ("per session"), and from and to when the price holds. An amount of 0
 * says it is free; no amount leaves the price to the words.
 */
@Embeddable
public class CostOption {

  /** Every price is in pounds sterling (ISO 4217). */
  public static final String CURRENCY = "GBP";

  @Column(nullable = false)
  private UUID id;

  private String option;

  private BigDecimal amount;

  @Column(nullable = false)
  private String currency = CURRENCY;

  @Column(name = "amount_description")
  private String amountDescription;

  @Column(name = "valid_from")
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  protected CostOption() {}

  public CostOption(UUID id, CostDetails details) {
    if (details.amount() != null && details.amount().signum() < 0) {
      throw new IllegalArgumentException("A cost is not negative");
    }
    if (details.validFrom() != null
        && details.validTo() != null
        && details.validTo().isBefore(details.validFrom())) {
      throw new IllegalArgumentException("A price ends after it starts");
    }
    this.id = Objects.requireNonNull(id);
    this.option = details.option();
    this.amount = details.amount();
    this.amountDescription = details.amountDescription();
    this.validFrom = details.validFrom();
    this.validTo = details.validTo();
  }

  public UUID id() {
    return id;
  }

  public Optional<String> option() {
    return Optional.ofNullable(option);
  }

  public Optional<BigDecimal> amount() {
    return Optional.ofNullable(amount);
  }

  public String currency() {
    return currency;
  }

  public Optional<String> amountDescription() {
    return Optional.ofNullable(amountDescription);
  }

  public Optional<LocalDate> validFrom() {
    return Optional.ofNullable(validFrom);
  }

  public Optional<LocalDate> validTo() {
    return Optional.ofNullable(validTo);
  }

  /** Whether this option costs nothing (an amount of 0). */
  public boolean isFree() {
    return amount != null && amount.signum() == 0;
  }
}
