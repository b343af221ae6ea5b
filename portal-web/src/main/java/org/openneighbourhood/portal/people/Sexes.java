package org.openneighbourhood.portal.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The answers to the question about a person's sex: the NHS stated gender codes in plain words, and
 * "I would rather not say" ({@value #RATHER_NOT_SAY}, the code's "not known") apart. The codes and
 * words are the API's (the portal never imports its classes), so what a person chooses reads back
 * the same.
 */
@Named
@ApplicationScoped
public class Sexes {

  /** The code of "I would rather not say" (the Data Dictionary's "Not known"). */
  public static final String RATHER_NOT_SAY = "X";

  /** One answer: its code and the words the question uses. */
  public record Option(String value, String label) implements Serializable {}

  static final List<Option> OPTIONS =
      List.of(
          new Option("1", "Male"),
          new Option("2", "Female"),
          new Option("9", "Neither male nor female"));

  public List<Option> getOptions() {
    return OPTIONS;
  }

  /** Whether {@code code} is one the question offers, "I would rather not say" included. */
  public static boolean offers(String code) {
    return RATHER_NOT_SAY.equals(code) || OPTIONS.stream().anyMatch(o -> o.value().equals(code));
  }
}
