package org.openneighbourhood.api.directory.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openneighbourhood.api.directory.entity.ContactDetails;
import org.openneighbourhood.api.directory.entity.CostDetails;
import org.openneighbourhood.api.directory.entity.Languages;
import org.openneighbourhood.api.directory.entity.Phone;
import org.openneighbourhood.api.directory.entity.PhoneDetails;
import org.openneighbourhood.api.directory.entity.Service;
import org.openneighbourhood.api.directory.entity.ServiceDetails;
import org.openneighbourhood.api.problem.entity.FieldProblem;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

/**
 * The body of POST /services and PUT /services/{id}: the organisation's own words about its
 * service. Languages, phones, contacts and cost options left out (null) are kept as they are; an
 * empty list says it has none listed. No cost options and no fees: the entry says nothing about
 * cost; a cost option with an amount of 0 says it is free.
 */
public class ServiceEntry {

  static final int MOST_PHONES = ContactEntry.MOST_PHONES;
  static final int MOST_CONTACTS = 10;
  static final int MOST_COSTS = 10;

  public String name;
  public String description;
  public List<UUID> categoryIds;
  public Integer minAge;
  public Integer maxAge;
  public String eligibility;
  public String area;
  public String fees;
  public String url;
  public String email;

  /** The service's own phone numbers (its contacts' go with them). */
  @Size(max = MOST_PHONES, message = "Give " + MOST_PHONES + " phone numbers or fewer")
  @Valid
  public List<@NotNull(message = "Give the phone number, not null") PhoneEntry> phones;

  @Size(max = MOST_CONTACTS, message = "Give " + MOST_CONTACTS + " contacts or fewer")
  @Valid
  public List<@NotNull(message = "Give the contact, not null") ContactEntry> contacts;

  @Size(max = MOST_COSTS, message = "Give " + MOST_COSTS + " cost options or fewer")
  @Valid
  public List<@NotNull(message = "Give the cost option, not null") CostOptionEntry> costOptions;

  public List<String> languages;
  public Integer responseDays;
  public Boolean acceptsReferrals;
  public Boolean acceptsSelfReferral;

  public ServiceEntry() {}

  /** Every problem of the entry, field by field. */
  List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>(details().problems());
    problems.addAll(Languages.problems(languages));
    servicePhones(problems);
    contactDetails(problems);
    costDetails(problems);
    return problems;
  }

  List<PhoneDetails> servicePhones(List<FieldProblem> problems) {
    return Lists.checked(
        phones,
        "phones",
        MOST_PHONES,
        "Give " + MOST_PHONES + " phone numbers or fewer",
        PhoneEntry::checked,
        problems);
  }

  List<ContactDetails> contactDetails(List<FieldProblem> problems) {
    return Lists.checked(
        contacts,
        "contacts",
        MOST_CONTACTS,
        "Give " + MOST_CONTACTS + " contacts or fewer",
        ContactEntry::checked,
        problems);
  }

  List<CostDetails> costDetails(List<FieldProblem> problems) {
    return Lists.checked(
        costOptions,
        "costOptions",
        MOST_COSTS,
        "Give " + MOST_COSTS + " cost options or fewer",
        CostOptionEntry::checked,
        problems);
  }

  /**
   * Writes the entry's lists onto the service; a list left out (null) is kept as it was. Call after
   * {@link #checked()}.
   */
  void applyListsTo(Service service) {
    List<FieldProblem> none = new ArrayList<>();
    if (languages != null) {
      service.speak(languages);
    }
    if (phones != null || contacts != null) {
      List<PhoneDetails> numbers =
          phones != null
              ? servicePhones(none)
              : service.phones().stream().map(Phone::details).toList();
      List<ContactDetails> people =
          contacts != null
              ? contactDetails(none)
              : service.contacts().stream()
                  .map(
                      contact ->
                          new ContactDetails(
                              contact.name().orElse(null),
                              contact.title().orElse(null),
                              contact.department().orElse(null),
                              contact.email().orElse(null),
                              service.phonesOf(contact).stream().map(Phone::details).toList()))
                  .toList();
      service.reachAt(numbers, people);
    }
    if (costOptions != null) {
      service.price(costDetails(none));
    }
    if (!none.isEmpty()) {
      throw new InvalidInputException(none);
    }
  }

  /**
   * @throws InvalidInputException naming every field that breaks a rule
   */
  ServiceDetails checked() {
    List<FieldProblem> problems = problems();
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return details();
  }

  ServiceDetails details() {
    return new ServiceDetails(
        name,
        description,
        minAge,
        maxAge,
        eligibility,
        area,
        fees,
        url,
        email,
        responseDays == null ? 0 : responseDays,
        acceptsReferrals == null || acceptsReferrals,
        acceptsSelfReferral != null && acceptsSelfReferral);
  }
}
