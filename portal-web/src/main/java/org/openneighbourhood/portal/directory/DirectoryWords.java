package org.openneighbourhood.portal.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.openneighbourhood.portal.api.ServiceMatch;

/** How the directory's figures read on a page, in plain words. */
@Named
@ApplicationScoped
public class DirectoryWords {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** "May have stopped: not confirmed since 23 March 2026". */
  public String stale(Instant lastConfirmed) {
    return lastConfirmed == null
        ? "May have stopped: never confirmed"
        : "May have stopped: not confirmed since " + DAY.format(lastConfirmed.atZone(LONDON));
  }

  /** "Confirmed 23 March 2026". */
  public String confirmed(Instant lastConfirmed) {
    return lastConfirmed == null ? "" : "Confirmed " + DAY.format(lastConfirmed.atZone(LONDON));
  }

  /** "0.4 km away", "12 km away". */
  public String distance(Double km) {
    if (km == null) {
      return "";
    }
    return (km < 10 ? String.format(Locale.UK, "%.1f", km) : Long.toString(Math.round(km)))
        + " km away";
  }

  public String capacity(ServiceMatch service) {
    return switch (service.capacity()) {
      case "ACCEPTING" -> "Accepting";
      case "WAITLIST" -> "Waiting list";
      case "PAUSED" ->
          service.reopensOn() == null ? "Paused" : "Paused until " + day(service.reopensOn());
      default -> service.capacity();
    };
  }

  /** How people get in: referral, self-referral, both, or signpost only. */
  public String routes(boolean referrals, boolean selfReferrals) {
    if (referrals && selfReferrals) {
      return "Referral or self-referral";
    }
    if (referrals) {
      return "Referral by a professional";
    }
    if (selfReferrals) {
      return "People refer themselves";
    }
    return "Signpost only: people contact the service themselves";
  }

  public String typicalResponse(ServiceMatch service) {
    Double days = service.typicalResponseDays();
    if (days == null) {
      return "Not enough referrals yet to say";
    }
    long rounded = Math.max(1, Math.round(days));
    return "Usually about " + rounded + (rounded == 1 ? " working day" : " working days");
  }

  public String acceptanceRate(ServiceMatch service) {
    Integer rate = service.acceptanceRatePercent();
    return rate == null ? "Not enough referrals yet to say" : rate + "% of referrals";
  }

  public String ages(Integer youngest, Integer oldest) {
    if (youngest == null && oldest == null) {
      return "Any age";
    }
    if (oldest == null) {
      return youngest + " and over";
    }
    if (youngest == null) {
      return "Up to " + oldest;
    }
    return youngest + " to " + oldest;
  }

  private static String day(LocalDate day) {
    return DAY.format(day);
  }
}
