package org.openneighbourhood.api.directory.boundary;

import java.util.ArrayList;
import java.util.List;
import org.openneighbourhood.api.problem.entity.FieldProblem;

/**
 * A list inside a service's entry (its phones, contacts, cost options): each item checked and each
 * problem named by the item's place in the list ("contacts[1].email"), a missing item and too many
 * items among them.
 */
final class Lists {

  private Lists() {}

  /** How one item is checked: null with its problems added when it breaks a rule. */
  interface Check<E, T> {
    T checked(E entry, String at, List<FieldProblem> problems);
  }

  /** The items checked, in order; none when the list is null. */
  static <E, T> List<T> checked(
      List<E> entries,
      String field,
      int most,
      String tooMany,
      Check<E, T> check,
      List<FieldProblem> problems) {
    List<T> checked = new ArrayList<>();
    if (entries == null) {
      return checked;
    }
    if (entries.size() > most) {
      problems.add(new FieldProblem(field, tooMany));
      return checked;
    }
    for (int i = 0; i < entries.size(); i++) {
      String at = field + "[" + i + "]";
      E entry = entries.get(i);
      if (entry == null) {
        problems.add(new FieldProblem(at, "Give the item, not null"));
        continue;
      }
      T item = check.checked(entry, at, problems);
      if (item != null) {
        checked.add(item);
      }
    }
    return checked;
  }
}
