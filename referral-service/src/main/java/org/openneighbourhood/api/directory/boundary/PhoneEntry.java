package org.openneighbourhood.api.directory.boundary;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.openneighbourhood.api.directory.entity.Phone;
import org.openneighbourhood.api.directory.entity.PhoneDetails;
import org.openneighbourhood.api.directory.entity.PhoneNumber;
import org.openneighbourhood.api.directory.entity.PhoneType;
import org.openneighbourhood.api.problem.entity.FieldProblem;
import org.openneighbourhood.api.problem.entity.TextLimits;

/**
 * A phone number of a service or of one of its contacts, in a service's entry and as the API shows
 * it: a UK number, an extension (digits), what it is for and a few words ("Answered 9am to 5pm").
 */
public class PhoneEntry {

  @Size(max = PhoneNumber.LONGEST, message = "Use at most " + PhoneNumber.LONGEST + " characters")
  public String number;

  @Size(max = 10, message = "Use at most 10 characters")
  public String extension;

  public PhoneType type;

  @Size(max = TextLimits.SHORT, message = TextLimits.SHORT_MESSAGE)
  public String description;

  public PhoneEntry() {}

  static PhoneEntry of(Phone phone) {
    PhoneEntry entry = new PhoneEntry();
    entry.number = phone.number();
    entry.extension = phone.extension().orElse(null);
    entry.type = phone.type().orElse(null);
    entry.description = phone.description().orElse(null);
    return entry;
  }

  /** This phone checked, or null with its problems added; {@code at} is its field ("phones[0]"). */
  PhoneDetails checked(String at, List<FieldProblem> problems) {
    int before = problems.size();
    String typed = Text.tidy(number);
    String digits = Text.tidy(extension);
    String words = Text.tidy(description);
    if (typed == null) {
      problems.add(new FieldProblem(at + ".number", "Enter the phone number"));
    } else if (!PhoneNumber.isUk(typed)) {
      problems.add(new FieldProblem(at + ".number", "Enter a UK phone number, like 0115 496 0000"));
    }
    if (digits != null && !digits.matches("[1-9][0-9]{0,5}")) {
      problems.add(
          new FieldProblem(
              at + ".extension", "Enter the extension as a number of up to 6 digits, like 204"));
    }
    Text.notLongerThan(words, TextLimits.SHORT, at + ".description", problems);
    return problems.size() > before ? null : new PhoneDetails(typed, digits, type, words);
  }
}
