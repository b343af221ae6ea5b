package org.openneighbourhood.portal.problem;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openneighbourhood.portal.api.ApiProblemException;
import org.openneighbourhood.portal.api.FieldError;

/**
 * The errors of one form, in page order. A field's message is shown next to it (element id
 * "field-error") and in the error summary, which links to the field's input (its anchor).
 */
public final class FormErrors implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One line of the error summary; href is null when no single field is to blame. */
  public record SummaryItem(String href, String message) implements Serializable {}

  private final Map<String, String> anchors;
  private final Map<String, String> byField = new LinkedHashMap<>();
  private final List<String> general = new ArrayList<>();

  /**
   * @param anchors field name to the id of the input the summary should link to, for fields whose
   *     input id differs from the field name (a date's day box, a radio group's first radio)
   */
  public FormErrors(Map<String, String> anchors) {
    this.anchors = new LinkedHashMap<>(anchors);
  }

  public FormErrors() {
    this(Map.of());
  }

  /** Keeps the first message per field: that is the one to fix first. */
  public void add(String field, String message) {
    byField.putIfAbsent(field, message);
  }

  /**
   * Checks a person's name field: present, and at most {@code max} characters once trimmed. {@code
   * words} names it in the messages ("first name": "Enter their first name").
   */
  public void checkName(String field, String value, String words, int max) {
    if (value == null || value.isBlank()) {
      add(field, "Enter their " + words);
    } else if (value.strip().length() > max) {
      add(
          field,
          Character.toUpperCase(words.charAt(0))
              + words.substring(1)
              + " must be "
              + max
              + " characters or fewer");
    }
  }

  public void addGeneral(String message) {
    if (!general.contains(message)) {
      general.add(message);
    }
  }

  public void setAnchor(String field, String anchor) {
    anchors.put(field, anchor);
  }

  /**
   * Adds an API problem: its field errors go next to the page's fields (translated from the API's
   * property names through apiFieldToPageField; unknown fields go to the summary only), and a
   * problem without field errors becomes one general message.
   */
  public void addProblem(ApiProblemException problem, Map<String, String> apiFieldToPageField) {
    boolean placed = false;
    for (FieldError error : problem.fieldErrors()) {
      String message = error.message() == null ? "Check this answer" : error.message();
      String field = error.field() == null ? null : apiFieldToPageField.get(error.field());
      if (field != null) {
        add(field, message);
      } else {
        addGeneral(message);
      }
      placed = true;
    }
    if (!placed) {
      addGeneral(
          problem.detail().isBlank()
              ? "Something went wrong. Try again, and if it keeps happening contact support."
              : problem.detail());
    }
  }

  public boolean has(String field) {
    return byField.containsKey(field);
  }

  public String message(String field) {
    return byField.getOrDefault(field, "");
  }

  public boolean isEmpty() {
    return byField.isEmpty() && general.isEmpty();
  }

  public boolean isPresent() {
    return !isEmpty();
  }

  public List<SummaryItem> getSummary() {
    List<SummaryItem> items = new ArrayList<>();
    general.forEach(message -> items.add(new SummaryItem(null, message)));
    byField.forEach(
        (field, message) ->
            items.add(new SummaryItem("#" + anchors.getOrDefault(field, field), message)));
    return items;
  }

  public void clear() {
    byField.clear();
    general.clear();
  }
}
