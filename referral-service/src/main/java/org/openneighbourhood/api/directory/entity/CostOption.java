package org.openneighbourhood.api.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** What using a service costs someone, for whom ("Under 18s"), per what ("per session"). */
@Embeddable
public class CostOption {

  @Column(nullable = false)
  private UUID id;

  private String option;

  private BigDecimal amount;

  @Column(name = "amount_description")
  private String amountDescription;

  protected CostOption() {}

  public CostOption(UUID id, String option, BigDecimal amount, String amountDescription) {
    if (amount != null && amount.signum() < 0) {
      throw new IllegalArgumentException("A cost is not negative");
    }
    this.id = Objects.requireNonNull(id);
    this.option = option;
    this.amount = amount;
    this.amountDescription = amountDescription;
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

  public Optional<String> amountDescription() {
    return Optional.ofNullable(amountDescription);
  }
}
