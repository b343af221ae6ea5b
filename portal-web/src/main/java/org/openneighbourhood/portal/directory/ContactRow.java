package org.openneighbourhood.portal.directory;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openneighbourhood.portal.api.Contact;
import org.openneighbourhood.portal.layout.Pages;

/** One contact as the service's form shows it ("contact-1-email"), with its phones. */
public final class ContactRow implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The most phones one contact lists, as the API takes. */
  static final int MOST_PHONES = 5;

  private final int index;
  private final String name;
  private final String title;
  private final String department;
  private final String email;
  private final List<PhoneRow> phones;

  ContactRow(
      int index,
      String name,
      String title,
      String department,
      String email,
      List<PhoneRow> phones) {
    this.index = index;
    this.name = PhoneRow.blankless(name);
    this.title = PhoneRow.blankless(title);
    this.department = PhoneRow.blankless(department);
    this.email = PhoneRow.blankless(email);
    List<PhoneRow> placed = new ArrayList<>();
    for (PhoneRow phone : phones) {
      placed.add(phone.at(prefix(index) + "-phone-" + placed.size()));
    }
    this.phones = List.copyOf(placed);
  }

  static ContactRow blank(int index) {
    return new ContactRow(index, "", "", "", "", List.of(PhoneRow.blank("")));
  }

  static ContactRow of(int index, Contact contact) {
    List<PhoneRow> phones = new ArrayList<>();
    for (var phone :
        contact.phones() == null
            ? List.<org.openneighbourhood.portal.api.Phone>of()
            : contact.phones()) {
      phones.add(PhoneRow.of("", phone));
    }
    return new ContactRow(
        index, contact.name(), contact.title(), contact.department(), contact.email(), phones);
  }

  /** The contact as typed in the request, with as many phones as the form said it showed. */
  static ContactRow typed(int index) {
    String prefix = prefix(index);
    int count = EntryGroups.count(prefix + "-phoneRows", MOST_PHONES);
    List<PhoneRow> phones = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      phones.add(PhoneRow.typed(prefix + "-phone-" + i));
    }
    return new ContactRow(
        index,
        Pages.parameter(prefix + "-name"),
        Pages.parameter(prefix + "-title"),
        Pages.parameter(prefix + "-department"),
        Pages.parameter(prefix + "-email"),
        phones);
  }

  private static String prefix(int index) {
    return "contact-" + index;
  }

  ContactRow at(int newIndex) {
    return new ContactRow(newIndex, name, title, department, email, phones);
  }

  ContactRow withPhones(List<PhoneRow> newPhones) {
    return new ContactRow(index, name, title, department, email, newPhones);
  }

  /** The form field of one of its parts: "contact-1-title". */
  public String field(String part) {
    return prefix(index) + "-" + part;
  }

  boolean isBlank() {
    return (name + title + department + email).isBlank()
        && phones.stream().allMatch(PhoneRow::isBlank);
  }

  /** The contact for the API, without its blank phones; its problems mapped to the fields. */
  Contact entry(String apiItem, Map<String, String> apiFields) {
    for (String part : new String[] {"name", "title", "department", "email"}) {
      apiFields.put(apiItem + "." + part, field(part));
    }
    apiFields.put(apiItem, field("title"));
    apiFields.put(apiItem + ".phones", field("phone-0-number"));
    List<org.openneighbourhood.portal.api.Phone> numbers = new ArrayList<>();
    for (PhoneRow phone : phones) {
      if (!phone.isBlank()) {
        phone.showProblemsOf(apiItem + ".phones[" + numbers.size() + "]", apiFields);
        numbers.add(phone.entry());
      }
    }
    return new Contact(
        PhoneRow.orNull(name),
        PhoneRow.orNull(title),
        PhoneRow.orNull(department),
        PhoneRow.orNull(email),
        numbers);
  }

  public int getIndex() {
    return index;
  }

  public String getName() {
    return name;
  }

  public String getTitle() {
    return title;
  }

  public String getDepartment() {
    return department;
  }

  public String getEmail() {
    return email;
  }

  public List<PhoneRow> getPhones() {
    return phones;
  }
}
