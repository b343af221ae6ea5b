package org.openneighbourhood.portal.layout;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** One option of a radio group or select: the value sent and the words shown. */
public record Choice(String value, String label) implements Serializable {

  /**
   * A select of records by their names: first a choice of none (the empty value) with these words,
   * then each record by name, its id the value.
   */
  public static <T> List<Choice> byName(
      String none, List<T> records, Function<T, Object> id, Function<T, String> name) {
    List<Choice> choices = new ArrayList<>();
    choices.add(new Choice("", none));
    records.stream()
        .sorted(Comparator.comparing(name))
        .forEach(
            record -> choices.add(new Choice(id.apply(record).toString(), name.apply(record))));
    return choices;
  }
}
