package org.openneighbourhood.api.schema.control;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The values of a JPQL {@code in} list, bound one parameter each. Hibernate 6 keeps no plan for a
 * query with a collection-valued parameter: it translates the whole query again at every run, a
 * third of the CPU of a FHIR search (JFR, deployment/BENCHMARK.md). With one parameter per value,
 * their number padded to a power of two by repeating the last, a query's text takes one of a few
 * forms whatever the values, and Hibernate keeps the plan of each.
 *
 * <pre>{@code
 * InList ids = InList.of("ids", referralIds);
 * em.createQuery("select r from Referral r where r.id in " + ids, Referral.class)
 *     .setParameter(...);
 * ids.bind(query);
 * }</pre>
 */
public final class InList {

  private final String name;
  private final List<Object> values;

  private InList(String name, List<Object> values) {
    this.name = name;
    this.values = values;
  }

  /**
   * The values under parameters named {@code name0}, {@code name1}, ...; at least one value (an
   * empty {@code in} list is not SQL: the caller answers without asking).
   */
  public static InList of(String name, Collection<?> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("An in list needs at least one value: " + name);
    }
    List<Object> padded = new ArrayList<>(values);
    Object last = padded.get(padded.size() - 1);
    int size = Integer.highestOneBit(padded.size());
    if (size < padded.size()) {
      size <<= 1;
    }
    while (padded.size() < size) {
      padded.add(last);
    }
    return new InList(name, List.copyOf(padded));
  }

  /** The list as the query's text has it: {@code (:name0, :name1, ...)}. */
  @Override
  public String toString() {
    StringJoiner text = new StringJoiner(", ", "(", ")");
    for (int i = 0; i < values.size(); i++) {
      text.add(":" + name + i);
    }
    return text.toString();
  }

  /** Binds every value to the query made from {@link #toString()}'s text. */
  public <Q extends Query> Q bind(Q query) {
    for (int i = 0; i < values.size(); i++) {
      query.setParameter(name + i, values.get(i));
    }
    return query;
  }

  /** Adds every value to parameters bound later, by name. */
  public void into(Map<String, Object> parameters) {
    for (int i = 0; i < values.size(); i++) {
      parameters.put(name + i, values.get(i));
    }
  }
}
