package org.openneighbourhood.api.reporting.entity;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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

  /** The code of a referral to a service with no category, under {@link #CATEGORY}. */
  public static final String NO_CATEGORY_CODE = "none";

  /** The codes, under {@link #PORTAL}, of those who have used it and those who have not. */
  public static final String USES_PORTAL_CODE = "YES";

  public static final String NOT_PORTAL_CODE = "NO";

  /** The code of the one heading of {@link #ALL}. */
  public static final String ALL_CODE = "all";

  private static final Heading USES_PORTAL = new Heading(USES_PORTAL_CODE, "Has used the portal");
  private static final Heading NOT_PORTAL = new Heading(NOT_PORTAL_CODE, "Has not used the portal");
  private static final Heading NO_CATEGORY = new Heading(NO_CATEGORY_CODE, "No category");
  private static final Heading REFERRALS = new Heading(ALL_CODE, "Referrals");

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
      case ALL -> REFERRALS;
    };
  }

  /**
   * The heading with this code, as kept (see {@link Cell}).
   *
   * @param name a category's name (the one heading whose words are not known here), or null
   * @throws IllegalArgumentException for a code that is none of this dimension's
   */
  public Heading heading(String code, String name) {
    return switch (this) {
      case MONTH -> month(YearMonth.parse(code));
      case CATEGORY ->
          NO_CATEGORY_CODE.equals(code)
              ? NO_CATEGORY
              : new Heading(code, name == null ? "A category no longer listed" : name);
      case SECTOR -> {
        ReferringSector sector = ReferringSector.valueOf(code);
        yield new Heading(sector.name(), sector.label());
      }
      case OUTCOME -> {
        Outcome outcome = Outcome.valueOf(code);
        yield new Heading(outcome.name(), outcome.label());
      }
      case ANSWER -> {
        Answer answer = Answer.valueOf(code);
        yield new Heading(answer.name(), answer.label());
      }
      case AGE_BAND -> {
        AgeBand band = AgeBand.valueOf(code);
        yield new Heading(band.name(), band.label());
      }
      case PORTAL -> {
        if (!USES_PORTAL_CODE.equals(code) && !NOT_PORTAL_CODE.equals(code)) {
          throw new IllegalArgumentException("Not a heading of " + this + ": " + code);
        }
        yield USES_PORTAL_CODE.equals(code) ? USES_PORTAL : NOT_PORTAL;
      }
      case DEPRIVATION -> {
        Deprivation decile = Deprivation.valueOf(code);
        yield new Heading(decile.name(), decile.label());
      }
      case ETHNICITY -> {
        Ethnicity group = Ethnicity.valueOf(code);
        yield new Heading(group.name(), group.label());
      }
      case SEX -> {
        ReportedSex sex = ReportedSex.valueOf(code);
        yield new Heading(sex.name(), sex.label());
      }
      case ALL -> {
        if (!ALL_CODE.equals(code)) {
          throw new IllegalArgumentException("Not a heading of " + this + ": " + code);
        }
        yield REFERRALS;
      }
    };
  }

  /**
   * Every heading of this dimension in the period, in reading order: each month, each outcome; the
   * categories (by name, none last) and any unusual sector only where some referral has them.
   *
   * @param counted the headings some referral of the report is counted under
   */
  List<Heading> headings(Period period, Collection<Heading> counted) {
    return switch (this) {
      case MONTH -> period.months().stream().map(Dimension::month).toList();
      case CATEGORY -> categories(counted);
      case SECTOR ->
          Arrays.stream(ReferringSector.values())
              .filter(
                  sector ->
                      sector != ReferringSector.COMMISSIONER
                          || counted.stream().anyMatch(h -> h.code().equals(sector.name())))
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
      case ALL -> List.of(REFERRALS);
    };
  }

  private static Heading month(YearMonth month) {
    return new Heading(month.toString(), month.format(MONTH_LABEL));
  }

  private static List<Heading> categories(Collection<Heading> counted) {
    Map<String, Heading> named = new LinkedHashMap<>();
    boolean none = false;
    for (Heading heading : counted) {
      if (NO_CATEGORY_CODE.equals(heading.code())) {
        none = true;
      } else {
        named.putIfAbsent(heading.code(), heading);
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
