package org.openneighbourhood.api.directory.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What an organisation says about one cost option, before it has an id. */
public record CostDetails(
    String option,
    BigDecimal amount,
    String amountDescription,
    LocalDate validFrom,
    LocalDate validTo) {}
