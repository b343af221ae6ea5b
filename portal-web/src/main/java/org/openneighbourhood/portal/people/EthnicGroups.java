package org.openneighbourhood.portal.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The NHS Data Dictionary's ethnic categories, grouped as the question shows them: the radios of
 * each high-level group under its own heading, and "I would rather not say" ({@value
 * #RATHER_NOT_SAY}) apart. The codes and words are the API's (the portal never imports its
 * classes), so what a person chooses reads back the same.
 */
@Named
@ApplicationScoped
public class EthnicGroups {

  /** The code of "I would rather not say" (the Data Dictionary's "Not stated"). */
  public static final String RATHER_NOT_SAY = "Z";

  /** One category: its code and the words the question uses. */
  public record Category(String value, String label) implements Serializable {}

  /** One high-level group and its categories. */
  public record Group(String id, String label, List<Category> categories) implements Serializable {}

  static final List<Group> GROUPS =
      List.of(
          new Group(
              "white",
              "White",
              List.of(
                  new Category("A", "White British"),
                  new Category("B", "White Irish"),
                  new Category("C", "Any other White background"))),
          new Group(
              "mixed",
              "Mixed or multiple ethnic groups",
              List.of(
                  new Category("D", "White and Black Caribbean"),
                  new Category("E", "White and Black African"),
                  new Category("F", "White and Asian"),
                  new Category("G", "Any other mixed background"))),
          new Group(
              "asian",
              "Asian or Asian British",
              List.of(
                  new Category("H", "Indian"),
                  new Category("J", "Pakistani"),
                  new Category("K", "Bangladeshi"),
                  new Category("L", "Any other Asian background"))),
          new Group(
              "black",
              "Black, African, Caribbean or Black British",
              List.of(
                  new Category("M", "Caribbean"),
                  new Category("N", "African"),
                  new Category("P", "Any other Black background"))),
          new Group(
              "other",
              "Other ethnic group",
              List.of(new Category("R", "Chinese"), new Category("S", "Any other ethnic group"))));

  public List<Group> getGroups() {
    return GROUPS;
  }

  /** Whether {@code code} is one the question offers, "I would rather not say" included. */
  public static boolean offers(String code) {
    return RATHER_NOT_SAY.equals(code)
        || GROUPS.stream()
            .flatMap(g -> g.categories().stream())
            .anyMatch(c -> c.value().equals(code));
  }
}
