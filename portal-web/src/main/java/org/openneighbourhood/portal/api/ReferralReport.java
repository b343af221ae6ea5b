package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/** The commissioner's report on referrals: counts only, suppressed by the API. */
public record ReferralReport(
    String from,
    String to,
    UUID category,
    UUID organisation,
    int threshold,
    ReportCell referrals,
    List<ReportTable> tables,
    List<ReportShare> shares)
    implements Serializable {}
