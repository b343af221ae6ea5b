package org.openneighbourhood.api.fhir.entity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openneighbourhood.api.referral.entity.ReferralStatus;

/**
 * How a referral's status reads as a FHIR {@code ServiceRequest.status} (the table in {@code
 * docs/fhir.md}). A request is {@code active} while the receiving service may still act on it,
 * {@code revoked} when it ended before the work was done (declined, expired, withdrawn, or the
 * person did not engage), {@code completed} when the work ended with an outcome.
 */
public enum StatusTable {
  DRAFT("draft", EnumSet.of(ReferralStatus.DRAFT)),
  ACTIVE(
      "active",
      EnumSet.of(
          ReferralStatus.SENT,
          ReferralStatus.SEEN,
          ReferralStatus.ACCEPTED,
          ReferralStatus.WAITLISTED,
          ReferralStatus.IN_PROGRESS)),
  REVOKED(
      "revoked",
      EnumSet.of(
          ReferralStatus.DECLINED,
          ReferralStatus.EXPIRED,
          ReferralStatus.WITHDRAWN,
          ReferralStatus.DID_NOT_ENGAGE)),
  COMPLETED("completed", EnumSet.of(ReferralStatus.COMPLETED)),
  ENTERED_IN_ERROR("entered-in-error", EnumSet.of(ReferralStatus.ENTERED_IN_ERROR));

  private final String code;
  private final Set<ReferralStatus> statuses;

  StatusTable(String code, Set<ReferralStatus> statuses) {
    this.code = code;
    this.statuses = statuses;
  }

  /** The FHIR code ({@code active}, {@code revoked}...). */
  public String code() {
    return code;
  }

  /** The referral statuses that read as this FHIR status. */
  public Set<ReferralStatus> statuses() {
    return EnumSet.copyOf(statuses);
  }

  /** The FHIR status of a referral's status: every status has exactly one. */
  public static StatusTable of(ReferralStatus status) {
    return Arrays.stream(values())
        .filter(row -> row.statuses.contains(status))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(status + " has no FHIR status"));
  }

  /** The row for a FHIR status code; empty for a code this service never answers with. */
  public static Optional<StatusTable> ofCode(String code) {
    String asked = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(row -> row.code.equals(asked)).findFirst();
  }

  /** Every code, for an error message. */
  public static String codes() {
    return Arrays.stream(values()).map(StatusTable::code).collect(Collectors.joining(", "));
  }
}
