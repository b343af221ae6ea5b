package org.openneighbourhood.portal.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.openneighbourhood.portal.layout.Choice;

/**
 * The Accessible Information Standard's communication needs and contact methods in plain English:
 * the choices on the About me form and what every page about the person shows first.
 */
@Named("communicationWords")
@ApplicationScoped
public class CommunicationWords {

  /** The API's codes, in its order, with what people read. */
  static final Map<String, String> NEEDS = new LinkedHashMap<>();

  static {
    NEEDS.put("LARGE_PRINT", "Large print");
    NEEDS.put("EASY_READ", "Easy read");
    NEEDS.put("BRAILLE", "Braille");
    NEEDS.put("AUDIO", "Audio or spoken information");
    NEEDS.put("BSL_INTERPRETER", "A British Sign Language interpreter");
    NEEDS.put("DEAFBLIND_INTERPRETER", "A deafblind interpreter or communicator guide");
    NEEDS.put("LANGUAGE_INTERPRETER", "An interpreter for another spoken language");
    NEEDS.put("HEARING_LOOP", "A hearing loop");
    NEEDS.put("LIP_READING", "Face them and speak clearly: they lip-read");
    NEEDS.put("CARER_PRESENT", "A carer or supporter with them");
    NEEDS.put("EXTRA_TIME", "Extra time, and one thing at a time");
  }

  static final Map<String, String> CONTACTS =
      Map.of(
          "PHONE", "By phone",
          "EMAIL", "By e-mail",
          "TEXT", "By text message",
          "LETTER", "By letter");

  private static final List<String> CONTACT_ORDER = List.of("PHONE", "EMAIL", "TEXT", "LETTER");

  public List<Choice> needs() {
    return NEEDS.entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue())).toList();
  }

  /** The contact methods, and "no preference" first. */
  public List<Choice> contacts() {
    return Stream.concat(
            Stream.of(new Choice("NONE", "No preference")),
            CONTACT_ORDER.stream().map(code -> new Choice(code, CONTACTS.get(code))))
        .toList();
  }

  /** A need in plain English; an unknown code (a newer API) as it is. */
  public String need(String code) {
    return NEEDS.getOrDefault(code, code);
  }

  /** "Contact by text message", or empty for none. */
  public String contact(String code) {
    return code == null || !CONTACTS.containsKey(code)
        ? ""
        : "Contact " + CONTACTS.get(code).toLowerCase(Locale.UK);
  }
}
