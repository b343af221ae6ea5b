package org.openneighbourhood.api.directory.boundary;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openneighbourhood.api.directory.entity.OpeningTime;
import org.openneighbourhood.api.problem.entity.FieldProblem;

/**
 * When the service is open, as its organisation writes it: GET and PUT {@code
 * /services/{id}/opening-times} (a list of these). Days by name ("MONDAY"), times as "09:30", both
 * or neither, and words for anything else ("Closed on bank holidays").
 */
public class OpeningTimeEntry implements Rows.Row<OpeningTime> {

  public List<String> days;
  public String opensAt;
  public String closesAt;
  public String description;

  public OpeningTimeEntry() {}

  static OpeningTimeEntry of(OpeningTime time) {
    OpeningTimeEntry entry = new OpeningTimeEntry();
    entry.days = time.dayList().stream().map(DayOfWeek::name).toList();
    entry.opensAt = time.opensAt().map(Object::toString).orElse(null);
    entry.closesAt = time.closesAt().map(Object::toString).orElse(null);
    entry.description = time.description().orElse(null);
    return entry;
  }

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

  @Override
  public Optional<OpeningTime> checked(int index, List<FieldProblem> problems) {
    String at = "openingTimes[" + index + "].";
    int before = problems.size();
    Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
    for (String day : days == null ? List.<String>of() : days) {
      try {
        chosen.add(DayOfWeek.valueOf(String.valueOf(day).strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException unknown) {
        problems.add(new FieldProblem(at + "days", "Choose days from Monday to Sunday"));
        return Optional.empty();
      }
    }
    if (chosen.isEmpty()) {
      problems.add(new FieldProblem(at + "days", "Choose the days it is open"));
    }
    LocalTime opens = time(opensAt, at + "opensAt", problems);
    LocalTime closes = time(closesAt, at + "closesAt", problems);
    boolean opensGiven = Text.tidy(opensAt) != null;
    boolean closesGiven = Text.tidy(closesAt) != null;
    if (opensGiven && !closesGiven) {
      problems.add(new FieldProblem(at + "closesAt", "Enter when it closes, too"));
    } else if (closesGiven && !opensGiven) {
      problems.add(new FieldProblem(at + "opensAt", "Enter when it opens, too"));
    } else if (opens != null && closes != null && !opens.isBefore(closes)) {
      problems.add(new FieldProblem(at + "closesAt", "It must close after it opens"));
    }
    String words = Text.tidy(description);
    Text.notLongerThan(words, PlaceEntry.LONGEST, at + "description", problems);
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new OpeningTime(UUID.randomUUID(), chosen, opens, closes, words));
  }

  private static LocalTime time(String text, String field, List<FieldProblem> problems) {
    String given = Text.tidy(text);
    if (given == null) {
      return null;
    }
    try {
      return LocalTime.parse(given.replace('.', ':'), TIME);
    } catch (DateTimeParseException notATime) {
      problems.add(new FieldProblem(field, "Enter a time on the 24-hour clock, like 09:30"));
      return null;
    }
  }
}
