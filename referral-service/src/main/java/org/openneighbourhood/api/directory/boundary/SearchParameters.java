package org.openneighbourhood.api.directory.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.openneighbourhood.api.directory.entity.DirectoryQuery;
import org.openneighbourhood.api.directory.entity.Position;
import org.openneighbourhood.api.problem.entity.FieldProblem;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

/**
 * A directory search as typed (query parameters arrive as text, so a bad number is a field error,
 * not a 404): {@code q}, {@code category}, {@code accepting}, {@code selfReferral}, {@code age},
 * {@code postcode}, {@code within} (km), {@code organisation}, {@code sort}, {@code page}, {@code
 * size}.
 */
public record SearchParameters(
    String q,
    String category,
    String accepting,
    String selfReferral,
    String age,
    String postcode,
    String within,
    String organisation,
    String sort,
    String page,
    String size) {

  static final int DEFAULT_SIZE = 20;

  public SearchParameters {
    postcode = postcode == null || postcode.isBlank() ? null : postcode;
  }

  DirectoryQuery query(Position near) {
    List<FieldProblem> problems = new ArrayList<>();
    UUID term = uuid(category, "category", problems);
    UUID org = uuid(organisation, "organisation", problems);
    Integer years = whole(age, "age", problems);
    Double km = number(within, "within", problems);
    Integer pageNumber = whole(page, "page", problems);
    Integer pageSize = whole(size, "size", problems);
    DirectoryQuery.Order order = null;
    if (sort != null && !sort.isBlank()) {
      try {
        order = DirectoryQuery.Order.valueOf(sort.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException unknown) {
        problems.add(new FieldProblem("sort", "Sort by best, relevance, distance or name"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new DirectoryQuery(
        q,
        term,
        null,
        flag(accepting),
        flag(selfReferral),
        years,
        years,
        near,
        km,
        org,
        order,
        pageNumber == null ? 1 : pageNumber,
        pageSize == null ? DEFAULT_SIZE : pageSize);
  }

  private static boolean flag(String value) {
    return value != null && (value.equalsIgnoreCase("true") || value.equals("on"));
  }

  private static UUID uuid(String value, String field, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException notAnId) {
      problems.add(new FieldProblem(field, "Choose from the list"));
      return null;
    }
  }

  private static Integer whole(String value, String field, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException notANumber) {
      problems.add(new FieldProblem(field, "Enter a whole number"));
      return null;
    }
  }

  private static Double number(String value, String field, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Double.parseDouble(value.strip());
    } catch (NumberFormatException notANumber) {
      problems.add(new FieldProblem(field, "Enter a distance in kilometres, like 2 or 0.5"));
      return null;
    }
  }
}
