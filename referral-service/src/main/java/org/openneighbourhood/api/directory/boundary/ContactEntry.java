package org.openneighbourhood.api.directory.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.openneighbourhood.api.directory.entity.ContactDetails;
import org.openneighbourhood.api.directory.entity.PhoneDetails;
import org.openneighbourhood.api.directory.entity.Service;
import org.openneighbourhood.api.directory.entity.ServiceContact;
import org.openneighbourhood.api.directory.entity.ServiceDetails;
import org.openneighbourhood.api.problem.entity.FieldProblem;
import org.openneighbourhood.api.problem.entity.TextLimits;

/**
 * Someone to contact about a service, in its entry and as the API shows it (Open Referral's
 * contact): a job title, department or name (at least one of them), an e-mail address and the
 * contact's phones. The directory is public: a role or a team is usually better than a name.
 */
public class ContactEntry {

  /** The most phones one contact lists. */
  static final int MOST_PHONES = 5;

  @Size(max = TextLimits.SHORT, message = TextLimits.SHORT_MESSAGE)
  public String name;

  @Size(max = TextLimits.SHORT, message = TextLimits.SHORT_MESSAGE)
  public String title;

  @Size(max = TextLimits.SHORT, message = TextLimits.SHORT_MESSAGE)
  public String department;

  @Size(max = TextLimits.EMAIL, message = TextLimits.EMAIL_MESSAGE)
  public String email;

  @Size(max = MOST_PHONES, message = "Give " + MOST_PHONES + " phone numbers or fewer")
  @Valid
  public List<@NotNull(message = "Give the phone number, not null") PhoneEntry> phones;

  public ContactEntry() {}

  static ContactEntry of(Service service, ServiceContact contact) {
    ContactEntry entry = new ContactEntry();
    entry.name = contact.name().orElse(null);
    entry.title = contact.title().orElse(null);
    entry.department = contact.department().orElse(null);
    entry.email = contact.email().orElse(null);
    entry.phones = service.phonesOf(contact).stream().map(PhoneEntry::of).toList();
    return entry;
  }

  /** This contact checked, or null with its problems added; {@code at} is "contacts[1]". */
  ContactDetails checked(String at, List<FieldProblem> problems) {
    int before = problems.size();
    String who = Text.tidy(name);
    String job = Text.tidy(title);
    String team = Text.tidy(department);
    String address = Text.tidy(email);
    Text.notLongerThan(who, TextLimits.SHORT, at + ".name", problems);
    Text.notLongerThan(job, TextLimits.SHORT, at + ".title", problems);
    Text.notLongerThan(team, TextLimits.SHORT, at + ".department", problems);
    if (address != null && !ServiceDetails.isEmail(address)) {
      problems.add(new FieldProblem(at + ".email", ServiceDetails.EMAIL_MESSAGE));
    }
    List<PhoneDetails> numbers =
        Lists.checked(
            phones,
            at + ".phones",
            MOST_PHONES,
            "Give " + MOST_PHONES + " phone numbers or fewer",
            PhoneEntry::checked,
            problems);
    if (who == null && job == null && team == null) {
      problems.add(
          new FieldProblem(
              at + ".title", "Enter a job title, team or name for the contact, or remove it"));
    }
    return problems.size() > before
        ? null
        : new ContactDetails(who, job, team, address, new ArrayList<>(numbers));
  }
}
