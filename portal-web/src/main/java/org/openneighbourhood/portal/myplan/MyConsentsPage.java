package org.openneighbourhood.portal.myplan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.portal.api.Consent;
import org.openneighbourhood.portal.api.MeApi;
import org.openneighbourhood.portal.layout.Display;
import org.openneighbourhood.portal.layout.Pages;

/**
 * What the signed-in person agreed to share, organisation by organisation, and the button that
 * stops sharing with one of them at once.
 */
@Named
@ViewScoped
public class MyConsentsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Everything the person agreed with one organisation. */
  public record Sharing(UUID organisationId, String organisationName, List<Consent> agreements)
      implements Serializable {

    /** Whether anything is still shared with the organisation. */
    public boolean isActive() {
      return agreements.stream().anyMatch(Consent::active);
    }

    /**
     * The organisation's whole agreement in one line: what it may do, since when, and for how many
     * referrals ("Can see your record and plan, for 3 referrals, since 3 June 2025.").
     */
    public String summary() {
      Instant since =
          agreements.stream().map(Consent::recordedAt).min(Comparator.naturalOrder()).orElse(null);
      long referrals = agreements.stream().filter(c -> "REFERRAL".equals(c.scope())).count();
      boolean careTeam = agreements.stream().anyMatch(c -> "CARE_TEAM".equals(c.scope()));
      boolean keeps = agreements.stream().anyMatch(c -> "KEEP_RECORD".equals(c.scope()));
      List<String> reasons = new ArrayList<>();
      if (keeps) {
        reasons.add("to keep your record");
      }
      if (careTeam) {
        reasons.add("as part of your care team");
      }
      if (referrals > 0) {
        reasons.add(referrals == 1 ? "for 1 referral" : "for " + referrals + " referrals");
      }
      String what =
          (isActive() ? "Can see your record and plan" : "Could see your record and plan")
              + (reasons.isEmpty() ? "" : ", " + String.join(", ", reasons));
      if (isActive()) {
        return what + (since == null ? "." : ", since " + DISPLAY.day(since) + ".");
      }
      // The agreement that ran longest says how sharing ended: stopped by the person, or its time.
      Consent last = agreements.stream().max(Comparator.comparing(Sharing::endedAt)).orElseThrow();
      if (last.withdrawnAt() != null) {
        return what + ". You stopped it on " + DISPLAY.day(last.withdrawnAt()) + ".";
      }
      return last.until() == null
          ? what + ". It has ended."
          : what + ". It ended on " + DISPLAY.date(last.until()) + ".";
    }

    private static Instant endedAt(Consent consent) {
      return consent.withdrawnAt() != null && consent.withdrawnAt().isBefore(consent.validUntil())
          ? consent.withdrawnAt()
          : consent.validUntil();
    }

    /**
     * Until when the organisation can see the record, as the agreements in force say it: "Shared
     * until 31 March 2027.", "Shared until your referral to Walking for wellbeing ends.", or both
     * when some agreements are dated and others end with their referral. Empty once nothing is in
     * force.
     */
    public String until() {
      List<Consent> active = agreements.stream().filter(Consent::active).toList();
      if (active.isEmpty()) {
        return "";
      }
      List<String> referrals =
          active.stream()
              .filter(Consent::untilReferralEnds)
              .map(c -> c.referralServiceName() == null ? "a service" : c.referralServiceName())
              .distinct()
              .toList();
      Optional<LocalDate> dated =
          lastDay(active.stream().filter(c -> !c.untilReferralEnds()).toList());
      String withReferral =
          referrals.isEmpty()
              ? ""
              : (referrals.size() == 1
                  ? "your referral to " + referrals.get(0) + " ends"
                  : "your referrals to " + String.join(" and ", referrals) + " end");
      if (dated.isEmpty()) {
        return "Shared until " + withReferral + ".";
      }
      String until = "Shared until " + DISPLAY.date(dated.get());
      return referrals.isEmpty()
          ? until + "."
          : until + ", or until " + withReferral + " if that is later.";
    }

    /**
     * Said prominently in the last 14 days before sharing ends on a date: "Sharing ends in 5 days,
     * on 31 March 2027." Empty when it is further off, or lasts while a referral is open.
     */
    public String endingSoon() {
      List<Consent> active = agreements.stream().filter(Consent::active).toList();
      if (active.isEmpty() || active.stream().anyMatch(Consent::untilReferralEnds)) {
        return "";
      }
      Consent last = active.stream().max(Comparator.comparing(Consent::until)).orElseThrow();
      if (!last.endingSoon() || last.daysLeft() == null) {
        return "";
      }
      long days = last.daysLeft();
      String on = DISPLAY.date(last.until());
      if (days == 0) {
        return "Sharing ends tonight, at the end of " + on + ".";
      }
      return "Sharing ends in "
          + (days == 1 ? "1 day" : days + " days")
          + ", on "
          + on
          + " (at the end of that day).";
    }

    private static Optional<LocalDate> lastDay(List<Consent> consents) {
      return consents.stream()
          .map(Consent::until)
          .filter(Objects::nonNull)
          .max(Comparator.naturalOrder());
    }
  }

  private static final Display DISPLAY = new Display();

  @Inject MeApi meApi;

  private List<Sharing> sharing = List.of();
  private String stopped;

  /** The organisation the person asked to stop sharing with, until they confirm or keep it. */
  private UUID confirming;

  public void load() {
    sharing = group(meApi.myConsents());
    String stoppedId = Pages.parameter("stopped");
    sharing.stream()
        .filter(s -> s.organisationId().toString().equals(stoppedId))
        .findFirst()
        .ifPresent(s -> stopped = s.organisationName());
  }

  /** Asks first: stopping takes effect at once, for everything the organisation could see. */
  public String stop(UUID organisationId) {
    confirming = organisationId;
    return null;
  }

  public String confirmStop() {
    UUID organisationId = confirming;
    if (organisationId == null) {
      return null;
    }
    confirming = null;
    meApi.stopSharingWith(organisationId);
    return Pages.redirect("/my/consents.xhtml", "stopped", organisationId);
  }

  public String keepSharing() {
    confirming = null;
    return null;
  }

  public boolean isConfirming(UUID organisationId) {
    return organisationId != null && organisationId.equals(confirming);
  }

  static List<Sharing> group(List<Consent> consents) {
    Map<UUID, List<Consent>> byOrganisation = new LinkedHashMap<>();
    for (Consent consent : consents) {
      byOrganisation
          .computeIfAbsent(consent.organisationId(), id -> new ArrayList<>())
          .add(consent);
    }
    return byOrganisation.values().stream()
        .map(
            list -> new Sharing(list.get(0).organisationId(), list.get(0).organisationName(), list))
        .toList();
  }

  public List<Sharing> getSharing() {
    return sharing;
  }

  /** The organisation the person just stopped sharing with, for the confirmation. */
  public String getStopped() {
    return stopped;
  }
}
