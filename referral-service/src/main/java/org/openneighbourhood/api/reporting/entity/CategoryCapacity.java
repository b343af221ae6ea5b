package org.openneighbourhood.api.reporting.entity;

import java.util.List;

/**
 * The capacity the services of one category declared (a service under its first category, as its
 * referrals are counted): how many take referrals now by their declared capacity and how many are
 * at their declared most open referrals ({@code now}), the most open referrals they declared
 * between them and how many declared no most, and the days they were paused in the report's period
 * between them (service-days: two services paused for a week are 14). Figures of services, not of
 * people: shown as they are.
 *
 * @param category the category's heading ({@link Dimension#CATEGORY}'s codes)
 */
public record CategoryCapacity(
    Heading category,
    ServicesNow now,
    long mostOpenDeclared,
    long noMostDeclared,
    double daysPaused) {

  public CategoryCapacity {
    if (mostOpenDeclared < 0 || noMostDeclared < 0 || daysPaused < 0) {
      throw new IllegalArgumentException("A count is never negative");
    }
  }

  /** The services of every category together: each service is under one. */
  public static ServicesNow servicesNow(List<CategoryCapacity> categories) {
    long accepting = 0;
    long waitlist = 0;
    long paused = 0;
    long atMaximum = 0;
    for (CategoryCapacity category : categories) {
      accepting += category.now().accepting();
      waitlist += category.now().waitlist();
      paused += category.now().paused();
      atMaximum += category.now().atMaximum();
    }
    return new ServicesNow(accepting, waitlist, paused, atMaximum);
  }

  /** The days the services of every category were paused in the period, together. */
  public static double daysPaused(List<CategoryCapacity> categories) {
    return categories.stream().mapToDouble(CategoryCapacity::daysPaused).sum();
  }
}
