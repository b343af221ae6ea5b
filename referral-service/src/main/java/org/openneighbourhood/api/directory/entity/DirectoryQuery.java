package org.openneighbourhood.api.directory.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openneighbourhood.api.problem.entity.FieldProblem;
import org.openneighbourhood.api.problem.entity.InvalidInputException;
import org.openneighbourhood.api.problem.entity.Pages;

/**
 * A search of the directory: words, filters, and a place to measure distance from. With words, the
 * most relevant come first (a service named exactly as searched, then by weight: name, categories,
 * description); near a place, the nearest come first.
 *
 * @param text free text as people type it ("debt advice", "walking -football")
 * @param termId only services in this category (taxonomy term)
 * @param taxonomyId only services with a term of this taxonomy
 * @param acceptingOnly only services taking referrals now (accepting, not paused or waitlisted)
 * @param selfReferralOnly only services people may refer themselves to
 * @param youngest only services open to someone this old or older (with {@code oldest}: the range)
 * @param oldest only services open to someone this old or younger
 * @param near measure distance from here; with {@code withinKm}, only services that close
 * @param organisationId only this organisation's services
 */
public record DirectoryQuery(
    String text,
    UUID termId,
    UUID taxonomyId,
    boolean acceptingOnly,
    boolean selfReferralOnly,
    Integer youngest,
    Integer oldest,
    Position near,
    Double withinKm,
    UUID organisationId,
    Order order,
    int page,
    int size) {

  public static final int LARGEST_PAGE = 100;

  /** How results are ordered. */
  public enum Order {
    /** Nearest first when near a place, else most relevant first when searching words. */
    BEST,
    RELEVANCE,
    DISTANCE,
    NAME
  }

  public DirectoryQuery {
    text = text == null || text.isBlank() ? null : text.strip();
    order = order == null ? Order.BEST : order;
    List<FieldProblem> problems = new ArrayList<>();
    if (text != null && text.length() > 200) {
      problems.add(new FieldProblem("q", "Search for 200 characters or fewer"));
    }
    if (youngest != null && (youngest < 0 || youngest > 150)) {
      problems.add(new FieldProblem("age", "Enter an age from 0 to 150"));
    }
    if (oldest != null && (oldest < 0 || oldest > 150)) {
      problems.add(new FieldProblem("age", "Enter an age from 0 to 150"));
    }
    // Written so that NaN, which compares false with everything, is refused too.
    if (withinKm != null && !(withinKm > 0 && withinKm <= 1000)) {
      problems.add(new FieldProblem("within", "Give a distance from 0.1 to 1000 km"));
    }
    if (withinKm != null && near == null) {
      problems.add(new FieldProblem("postcode", "Enter a postcode to search within a distance"));
    }
    if (order == Order.DISTANCE && near == null) {
      problems.add(new FieldProblem("postcode", "Enter a postcode to order by distance"));
    }
    if (page < 1 || page > Pages.LAST) {
      problems.add(new FieldProblem("page", "Pages are numbered from 1 to " + Pages.LAST));
    }
    if (size < 1 || size > LARGEST_PAGE) {
      problems.add(new FieldProblem("size", "A page has 1 to " + LARGEST_PAGE + " services"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** The order the query asked for, with BEST worked out from what it gives. */
  public Order effectiveOrder() {
    if (order != Order.BEST) {
      return order;
    }
    if (near != null) {
      return Order.DISTANCE;
    }
    return text != null ? Order.RELEVANCE : Order.NAME;
  }

  public int offset() {
    return (page - 1) * size;
  }
}
