package org.openneighbourhood.api.person.entity;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

/**
 * A communication or information need of the NHS Accessible Information Standard (DCB1605): how
 * information must reach the person, and the support they need to take part. Coded so that every
 * organisation sees the same need the same way; the person's own words stay beside it.
 */
public enum CommunicationNeed {
  LARGE_PRINT("Large print"),
  EASY_READ("Easy read"),
  BRAILLE("Braille"),
  AUDIO("Audio or spoken information"),
  BSL_INTERPRETER("A British Sign Language interpreter"),
  DEAFBLIND_INTERPRETER("A deafblind interpreter or communicator guide"),
  LANGUAGE_INTERPRETER("An interpreter for another spoken language"),
  HEARING_LOOP("A hearing loop"),
  LIP_READING("Face them and speak clearly: they lip-read"),
  CARER_PRESENT("A carer or supporter with them"),
  EXTRA_TIME("Extra time, and one thing at a time");

  private final String words;

  CommunicationNeed(String words) {
    this.words = words;
  }

  /** The need in plain English, as the plan's history tells it. */
  public String words() {
    return words;
  }

  /** The needs in plain English, for the plan's history: "Large print; Easy read". */
  public static String words(List<CommunicationNeed> needs) {
    return needs.isEmpty()
        ? null
        : needs.stream().map(CommunicationNeed::words).collect(Collectors.joining("; "));
  }

  /** The needs as stored: their codes in this enum's order, comma-separated; '' for none. */
  public static String codes(Collection<CommunicationNeed> needs) {
    if (needs == null || needs.isEmpty()) {
      return "";
    }
    if (needs.stream().anyMatch(java.util.Objects::isNull)) {
      throw new InvalidInputException(
          "communicationNeeds", "Choose the needs from the list: null is not one");
    }
    return EnumSet.copyOf(needs).stream().map(Enum::name).collect(Collectors.joining(","));
  }

  /** The needs a stored value holds, in this enum's order. */
  public static List<CommunicationNeed> of(String codes) {
    if (codes == null || codes.isBlank()) {
      return List.of();
    }
    Set<CommunicationNeed> needs = EnumSet.noneOf(CommunicationNeed.class);
    for (String code : codes.split(",")) {
      needs.add(parse(code.strip()));
    }
    return List.copyOf(needs);
  }

  private static CommunicationNeed parse(String code) {
    return Arrays.stream(values())
        .filter(need -> need.name().equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "communicationNeeds",
                    "Choose the needs from the list: " + code + " is not one"));
  }
}
