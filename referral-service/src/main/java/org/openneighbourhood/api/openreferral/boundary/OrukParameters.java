package org.openneighbourhood.api.openreferral.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openneighbourhood.api.problem.entity.FieldProblem;
import org.openneighbourhood.api.problem.entity.InvalidInputException;
import org.openneighbourhood.api.problem.entity.Pages;

/**
 * The ORUK API's query parameters, checked: {@code page} (from 1), {@code per_page} (1 to 100,
 * default 50), {@code search}, {@code taxonomy_term_id}, {@code taxonomy_id}, {@code minimum_age}
 * and {@code maximum_age} (services open to someone in that range), {@code postcode} and {@code
 * proximity} (metres from the postcode).
 */
public record OrukParameters(
    int page,
    int perPage,
    String search,
    UUID taxonomyTermId,
    UUID taxonomyId,
    Integer minimumAge,
    Integer maximumAge,
    String postcode,
    Double proximityKm) {

  static final int DEFAULT_PER_PAGE = 50;
  static final int LARGEST_PER_PAGE = 100;

  static OrukParameters of(
      String page,
      String perPage,
      String search,
      String taxonomyTermId,
      String taxonomyId,
      String minimumAge,
      String maximumAge,
      String postcode,
      String proximity) {
    List<FieldProblem> problems = new ArrayList<>();
    Integer pageNumber = whole("page", page, 1, Pages.LAST, problems);
    Integer size = whole("per_page", perPage, 1, LARGEST_PER_PAGE, problems);
    Integer youngest = whole("minimum_age", minimumAge, 0, 150, problems);
    Integer oldest = whole("maximum_age", maximumAge, 0, 150, problems);
    Integer metres = whole("proximity", proximity, 1, 1_000_000, problems);
    UUID term = uuid("taxonomy_term_id", taxonomyTermId, problems);
    UUID taxonomy = uuid("taxonomy_id", taxonomyId, problems);
    if (metres != null && (postcode == null || postcode.isBlank())) {
      problems.add(new FieldProblem("proximity", "Give a postcode to measure proximity from"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new OrukParameters(
        pageNumber == null ? 1 : pageNumber,
        size == null ? DEFAULT_PER_PAGE : size,
        search,
        term,
        taxonomy,
        youngest,
        oldest,
        postcode == null || postcode.isBlank() ? null : postcode,
        metres == null ? null : metres / 1000.0);
  }

  int offset() {
    return (page - 1) * perPage;
  }

  private static Integer whole(
      String field, String value, int least, int most, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      int number = Integer.parseInt(value.strip());
      if (number >= least && number <= most) {
        return number;
      }
    } catch (NumberFormatException notANumber) {
      // told below
    }
    problems.add(new FieldProblem(field, "A whole number from " + least + " to " + most));
    return null;
  }

  private static UUID uuid(String field, String value, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException notAnId) {
      problems.add(new FieldProblem(field, "Not an id of this directory"));
      return null;
    }
  }
}
