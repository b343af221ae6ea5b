package org.openneighbourhood.portal.directory;

import java.io.Serializable;
import java.util.Map;
import org.openneighbourhood.portal.api.Phone;
import org.openneighbourhood.portal.layout.Pages;

/**
 * One phone number as the service's form shows it, named by its place: "phone-0-number" for the
 * service's own, "contact-1-phone-0-number" for a contact's.
 */
public final class PhoneRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String prefix;
  private final String number;
  private final String extension;
  private final String type;
  private final String description;

  PhoneRow(String prefix, String number, String extension, String type, String description) {
    this.prefix = prefix;
    this.number = blankless(number);
    this.extension = blankless(extension);
    this.type = blankless(type);
    this.description = blankless(description);
  }

  static PhoneRow blank(String prefix) {
    return new PhoneRow(prefix, "", "", "", "");
  }

  static PhoneRow of(String prefix, Phone phone) {
    return new PhoneRow(
        prefix, phone.number(), phone.extension(), phone.type(), phone.description());
  }

  /** The phone as typed in the request, under {@code prefix}. */
  static PhoneRow typed(String prefix) {
    return new PhoneRow(
        prefix,
        Pages.parameter(prefix + "-number"),
        Pages.parameter(prefix + "-extension"),
        Pages.parameter(prefix + "-type"),
        Pages.parameter(prefix + "-description"));
  }

  /** The same phone at another place in the form. */
  PhoneRow at(String newPrefix) {
    return new PhoneRow(newPrefix, number, extension, type, description);
  }

  /** The form field of one of its parts: "phone-0-number". */
  public String field(String part) {
    return prefix + "-" + part;
  }

  public String getPrefix() {
    return prefix;
  }

  boolean isBlank() {
    return (number + extension + description).isBlank();
  }

  Phone entry() {
    return new Phone(number, orNull(extension), orNull(type), orNull(description));
  }

  /** Where the API's problems with this phone ("contacts[1].phones[0].number") are shown. */
  void showProblemsOf(String apiItem, Map<String, String> apiFields) {
    for (String part : new String[] {"number", "extension", "type", "description"}) {
      apiFields.put(apiItem + "." + part, field(part));
    }
    apiFields.put(apiItem, field("number"));
  }

  public String getNumber() {
    return number;
  }

  public String getExtension() {
    return extension;
  }

  public String getType() {
    return type;
  }

  public String getDescription() {
    return description;
  }

  static String blankless(String text) {
    return text == null ? "" : text;
  }

  static String orNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
