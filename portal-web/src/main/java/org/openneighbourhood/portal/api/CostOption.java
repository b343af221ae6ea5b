package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a service costs someone: for whom (option), an amount in pounds (0 is free; currency is
 * always GBP), per what (amountDescription), and from and to when the price holds.
 */
public record CostOption(
    String option,
    BigDecimal amount,
    String currency,
    String amountDescription,
    LocalDate validFrom,
    LocalDate validTo)
    implements Serializable {}
