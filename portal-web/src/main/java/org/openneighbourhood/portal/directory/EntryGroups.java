package org.openneighbourhood.portal.directory;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openneighbourhood.portal.api.Contact;
import org.openneighbourhood.portal.api.CostOption;
import org.openneighbourhood.portal.api.Phone;
import org.openneighbourhood.portal.api.Service;
import org.openneighbourhood.portal.layout.Pages;
import org.openneighbourhood.portal.problem.FormErrors;

/**
 * The lists of a service's entry as its form shows them: the service's phones, its contacts (each
 * with phones) and its cost options. They change without JavaScript: "Add another contact" and
 * "Remove" are submit buttons of the form, so the page comes back with one group more or less and
 * everything typed kept ({@link #change}). A group left blank is not sent.
 */
public final class EntryGroups implements Serializable {

  private static final long serialVersionUID = 1L;

  /** As many as the API takes. */
  static final int MOST_PHONES = ContactRow.MOST_PHONES;

  static final int MOST_CONTACTS = 10;
  static final int MOST_COSTS = 10;

  /** What the buttons that change the groups send, as the value of the form's save button. */
  private static final Pattern CHANGE =
      Pattern.compile(
          "(add-phone|remove-phone-(\\d{1,2})|add-contact|remove-contact-(\\d{1,2})"
              + "|add-contact-(\\d{1,2})-phone|remove-contact-(\\d{1,2})-phone-(\\d{1,2})"
              + "|add-cost|remove-cost-(\\d{1,2}))");

  private List<PhoneRow> phones = new ArrayList<>();
  private List<ContactRow> contacts = new ArrayList<>();
  private List<CostRow> costs = new ArrayList<>();

  /** A new service's: one blank phone, nothing else until asked for. */
  static EntryGroups blank() {
    EntryGroups groups = new EntryGroups();
    groups.phones.add(PhoneRow.blank("phone-0"));
    return groups;
  }

  static EntryGroups of(Service service) {
    EntryGroups groups = new EntryGroups();
    for (Phone phone : listed(service.phones())) {
      groups.phones.add(PhoneRow.of("phone-" + groups.phones.size(), phone));
    }
    if (groups.phones.isEmpty()) {
      groups.phones.add(PhoneRow.blank("phone-0"));
    }
    for (Contact contact : listed(service.contacts())) {
      groups.contacts.add(ContactRow.of(groups.contacts.size(), contact));
    }
    for (CostOption cost : listed(service.costOptions())) {
      groups.costs.add(CostRow.of(groups.costs.size(), cost));
    }
    return groups;
  }

  /** The groups as typed in the request, as many as the form said it showed. */
  static EntryGroups typed() {
    EntryGroups groups = new EntryGroups();
    for (int i = 0; i < count("phoneRows", MOST_PHONES + 1); i++) {
      groups.phones.add(PhoneRow.typed("phone-" + i));
    }
    for (int i = 0; i < count("contactRows", MOST_CONTACTS + 1); i++) {
      groups.contacts.add(ContactRow.typed(i));
    }
    for (int i = 0; i < count("costRows", MOST_COSTS + 1); i++) {
      groups.costs.add(CostRow.typed(i));
    }
    return groups;
  }

  /** Whether the button pressed ({@code pressed}) changes the groups rather than saves. */
  static boolean isChange(String pressed) {
    return pressed != null && CHANGE.matcher(pressed).matches();
  }

  /**
   * Adds or removes the group the button named; returns the field to put the keyboard in (the
   * group's first field), or null.
   */
  String change(String pressed) {
    Matcher change = CHANGE.matcher(pressed);
    if (!change.matches() || !names(change, phones.size(), contacts.size(), costs.size())) {
      return null; // a button of a page older than this one: nothing changes
    }
    if (pressed.equals("add-phone") && phones.size() < MOST_PHONES) {
      phones.add(PhoneRow.blank("phone-" + phones.size()));
      return phones.get(phones.size() - 1).field("number");
    } else if (change.group(2) != null) {
      phones.remove(Integer.parseInt(change.group(2)));
      renumberPhones();
    } else if (pressed.equals("add-contact") && contacts.size() < MOST_CONTACTS) {
      contacts.add(ContactRow.blank(contacts.size()));
      return contacts.get(contacts.size() - 1).field("title");
    } else if (change.group(3) != null) {
      contacts.remove(Integer.parseInt(change.group(3)));
      renumberContacts();
    } else if (change.group(4) != null) {
      int at = Integer.parseInt(change.group(4));
      ContactRow contact = contacts.get(at);
      if (contact.getPhones().size() < MOST_PHONES) {
        List<PhoneRow> more = new ArrayList<>(contact.getPhones());
        more.add(PhoneRow.blank(""));
        contacts.set(at, contact.withPhones(more));
        return contacts.get(at).field("phone-" + (more.size() - 1) + "-number");
      }
    } else if (change.group(5) != null) {
      int at = Integer.parseInt(change.group(5));
      ContactRow contact = contacts.get(at);
      List<PhoneRow> fewer = new ArrayList<>(contact.getPhones());
      fewer.remove(Integer.parseInt(change.group(6)));
      contacts.set(at, contact.withPhones(fewer));
    } else if (pressed.equals("add-cost") && costs.size() < MOST_COSTS) {
      costs.add(CostRow.blank(costs.size()));
      return costs.get(costs.size() - 1).field("option");
    } else if (change.group(7) != null) {
      costs.remove(Integer.parseInt(change.group(7)));
      renumberCosts();
    }
    return null;
  }

  /** The service's own phones for the API, blank ones left out. */
  List<Phone> phoneEntries(Map<String, String> apiFields) {
    List<Phone> entries = new ArrayList<>();
    for (PhoneRow phone : phones) {
      if (!phone.isBlank()) {
        phone.showProblemsOf("phones[" + entries.size() + "]", apiFields);
        entries.add(phone.entry());
      }
    }
    return entries;
  }

  List<Contact> contactEntries(Map<String, String> apiFields) {
    List<Contact> entries = new ArrayList<>();
    for (ContactRow contact : contacts) {
      if (!contact.isBlank()) {
        entries.add(contact.entry("contacts[" + entries.size() + "]", apiFields));
      }
    }
    return entries;
  }

  /** The cost options for the API; null when the page itself found a problem in one. */
  List<CostOption> costEntries(Map<String, String> apiFields, FormErrors errors) {
    List<CostOption> entries = new ArrayList<>();
    boolean fine = true;
    for (CostRow cost : costs) {
      if (!cost.isBlank()) {
        CostOption entry = cost.entry("costOptions[" + entries.size() + "]", apiFields, errors);
        fine &= entry != null;
        entries.add(entry);
      }
    }
    return fine ? entries : null;
  }

  private void renumberPhones() {
    List<PhoneRow> renumbered = new ArrayList<>();
    for (PhoneRow phone : phones) {
      renumbered.add(phone.at("phone-" + renumbered.size()));
    }
    phones = renumbered;
  }

  private void renumberContacts() {
    List<ContactRow> renumbered = new ArrayList<>();
    for (ContactRow contact : contacts) {
      renumbered.add(contact.at(renumbered.size()));
    }
    contacts = renumbered;
  }

  private void renumberCosts() {
    List<CostRow> renumbered = new ArrayList<>();
    for (CostRow cost : costs) {
      renumbered.add(cost.at(renumbered.size()));
    }
    costs = renumbered;
  }

  /** Whether every group the button names is on the page. */
  private boolean names(Matcher change, int phoneCount, int contactCount, int costCount) {
    if (change.group(2) != null && Integer.parseInt(change.group(2)) >= phoneCount
        || change.group(3) != null && Integer.parseInt(change.group(3)) >= contactCount
        || change.group(4) != null && Integer.parseInt(change.group(4)) >= contactCount
        || change.group(7) != null && Integer.parseInt(change.group(7)) >= costCount) {
      return false;
    }
    if (change.group(5) != null) {
      int contact = Integer.parseInt(change.group(5));
      return contact < contactCount
          && Integer.parseInt(change.group(6)) < contacts.get(contact).getPhones().size();
    }
    return true;
  }

  static int count(String parameter, int most) {
    try {
      return Math.min(most, Math.max(0, Integer.parseInt(Pages.parameter(parameter))));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static <T> List<T> listed(List<T> items) {
    return items == null ? List.of() : items;
  }

  public List<PhoneRow> getPhones() {
    return phones;
  }

  public List<ContactRow> getContacts() {
    return contacts;
  }

  public List<CostRow> getCosts() {
    return costs;
  }

  public boolean isMorePhones() {
    return phones.size() < MOST_PHONES;
  }

  public boolean isMoreContacts() {
    return contacts.size() < MOST_CONTACTS;
  }

  public boolean isMoreCosts() {
    return costs.size() < MOST_COSTS;
  }
}
