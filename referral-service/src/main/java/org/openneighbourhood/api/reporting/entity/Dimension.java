package org.openneighbourhood.api.reporting.entity;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A heading referrals are counted by: a report table is one dimension down and one across. A new
 * breakdown (age band, deprivation decile) is a new dimension here, and the same endpoint.
 */
public enum Dimension {
  MONTH("Month"),
  CATEGORY("Service category"),
  SECTOR("Referred by"),
  OUTCOME("Outcome"),
  ANSWER("First answer"),
  AGE_BAND("Age when referred"),
  PORTAL("Uses the portal themselves"),
  DEPRIVATION("Deprivation decile (IMD) of where they live"),
  ETHNICITY("Ethnic group"),
  SEX("Sex"),
  ALL("Referrals");

  private static final DateTimeFormatter MONTH_LABEL =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
  private static final Heading USES_PORTAL = new Heading("YES", "Has used the portal");
  private static final Heading NOT_PORTAL = new Heading("NO", "Has not used the portal");
  private static final Heading NO_CATEGORY = new Heading("none", "No category");

  /** The one column of a period without referrals: no category to name, every count zero. */
  private static final Heading ANY_CATEGORY = new Heading("all", "All categories");

  private final String label;

  Dimension(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The heading a tally falls under. */
  Heading of(Tally tally) {
    return switch (this) {
      case MONTH -> month(tally.month());
      case CATEGORY ->
          tally.category() == null
              ? NO_CATEGORY
              : new Heading(tally.category(), tally.categoryName());
      case SECTOR -> new Heading(tally.sector().name(), tally.sector().label());
      case OUTCOME -> new Heading(tally.outcome().name(), tally.outcome().label());
      case ANSWER -> new Heading(tally.answer().name(), tally.answer().label());
      case AGE_BAND -> new Heading(tally.ageBand().name(), tally.ageBand().label());
      case PORTAL -> tally.usesPortal() ? USES_PORTAL : NOT_PORTAL;
      case DEPRIVATION -> new Heading(tally.deprivation().name(), tally.deprivation().label());
      case ETHNICITY -> new Heading(tally.ethnicity().name(), tally.ethnicity().label());
      case SEX -> new Heading(tally.sex().name(), tally.sex().label());
      case ALL -> new Heading("all", "Referrals");
    };
  }

  /**
   * Every heading of this dimension in the period, in reading order: each month, each outcome; the
   * categories (by name, none last) and any unusual sector only where some referral has them.
   */
  List<Heading> headings(Period period, List<Tally> tallies) {
    return switch (this) {
      case MONTH -> period.months().stream().map(Dimension::month).toList();
      case CATEGORY -> categories(tallies);
      case SECTOR ->
          Arrays.stream(ReferringSector.values())
              .filter(
                  sector ->
                      sector != ReferringSector.COMMISSIONER
                          || tallies.stream().anyMatch(t -> t.sector() == sector))
              .map(sector -> new Heading(sector.name(), sector.label()))
              .toList();
      case OUTCOME ->
          Arrays.stream(Outcome.values()).map(o -> new Heading(o.name(), o.label())).toList();
      case ANSWER ->
          Arrays.stream(Answer.values()).map(a -> new Heading(a.name(), a.label())).toList();
      case AGE_BAND ->
          Arrays.stream(AgeBand.values()).map(a -> new Heading(a.name(), a.label())).toList();
      case PORTAL -> List.of(USES_PORTAL, NOT_PORTAL);
      case DEPRIVATION ->
          Arrays.stream(Deprivation.values()).map(d -> new Heading(d.name(), d.label())).toList();
      case ETHNICITY ->
          Arrays.stream(Ethnicity.values()).map(e -> new Heading(e.name(), e.label())).toList();
      case SEX ->
          Arrays.stream(ReportedSex.values()).map(s -> new Heading(s.name(), s.label())).toList();
      case ALL -> List.of(new Heading("all", "Referrals"));
    };
  }

  private static Heading month(YearMonth month) {
    return new Heading(month.toString(), month.format(MONTH_LABEL));
  }

  private static List<Heading> categories(List<Tally> tallies) {
    Map<String, Heading> named = new LinkedHashMap<>();
    boolean none = false;
    for (Tally tally : tallies) {
      if (tally.category() == null) {
        none = true;
      } else {
        named.putIfAbsent(tally.category(), new Heading(tally.category(), tally.categoryName()));
      }
    }
    List<Heading> headings = new ArrayList<>(named.values());
    headings.sort(Comparator.comparing(Heading::label).thenComparing(Heading::code));
    if (none) {
      headings.add(NO_CATEGORY);
    }
    return headings.isEmpty() ? List.of(ANY_CATEGORY) : headings;
  }
}
