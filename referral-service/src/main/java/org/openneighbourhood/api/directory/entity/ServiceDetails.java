package org.openneighbourhood.api.directory.entity;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.openneighbourhood.api.problem.entity.FieldProblem;
import org.openneighbourhood.api.problem.entity.InvalidInputException;
import org.openneighbourhood.api.problem.entity.TextLimits;

/**
 * What an organisation says about one of its services in the directory: what it does, who it is
 * for, how to get in and how to contact it. Checked as a whole, so every field's problem is told at
 * once.
 */
public record ServiceDetails(
    String name,
    String description,
    Integer minAge,
    Integer maxAge,
    String eligibility,
    String area,
    String fees,
    String url,
    String email,
    int responseDays,
    boolean acceptsReferrals,
    boolean acceptsSelfReferral) {

  static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  public ServiceDetails {
    name = trimmed(name);
    description = trimmed(description);
    eligibility = trimmed(eligibility);
    area = trimmed(area);
    fees = trimmed(fees);
    url = trimmed(url);
    email = trimmed(email);
  }

  /** Every rule the details break, field by field; empty when they are fine. */
  public List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    if (name == null) {
      problems.add(new FieldProblem("name", "Enter the service's name"));
    } else if (name.length() > 200) {
      problems.add(new FieldProblem("name", "Name must be 200 characters or fewer"));
    }
    if (description == null) {
      problems.add(new FieldProblem("description", "Describe what the service does"));
    } else if (description.length() > TextLimits.LONG) {
      problems.add(
          new FieldProblem(
              "description", "Description must be " + TextLimits.LONG + " characters or fewer"));
    }
    age(problems, "minAge", minAge);
    age(problems, "maxAge", maxAge);
    if (minAge != null && maxAge != null && minAge > maxAge) {
      problems.add(
          new FieldProblem("maxAge", "Oldest age must be the same as or more than the youngest"));
    }
    longest(problems, "eligibility", eligibility, TextLimits.LONG, "Who it is for");
    longest(problems, "area", area, 500, "Area");
    longest(problems, "fees", fees, 1000, "Cost");
    if (url != null && !isWebAddress(url)) {
      problems.add(
          new FieldProblem("url", "Enter a website address starting with https:// or http://"));
    }
    if (email != null && !isEmail(email)) {
      problems.add(new FieldProblem("email", EMAIL_MESSAGE));
    }
    if (responseDays < 1 || responseDays > 60) {
      problems.add(new FieldProblem("responseDays", "Answer within 1 to 60 working days"));
    }
    return problems;
  }

  /**
   * @throws InvalidInputException naming every field that breaks a rule
   */
  public ServiceDetails checked() {
    List<FieldProblem> problems = problems();
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return this;
  }

  /** Neither referrals nor self-referrals: people are told about it and get in touch themselves. */
  public boolean signpostOnly() {
    return !acceptsReferrals && !acceptsSelfReferral;
  }

  /** The message for an e-mail address that is not one, wherever it is typed. */
  public static final String EMAIL_MESSAGE =
      "Enter an email address in the right format, like name@example.org";

  /** Whether the text is an e-mail address (320 characters at most). */
  public static boolean isEmail(String text) {
    return text.length() <= 320 && EMAIL.matcher(text).matches();
  }

  static boolean isWebAddress(String text) {
    try {
      URI uri = new URI(text);
      return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null
          && text.length() <= 500;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  private static void age(List<FieldProblem> problems, String field, Integer age) {
    if (age != null && (age < 0 || age > 150)) {
      problems.add(new FieldProblem(field, "Enter an age from 0 to 150"));
    }
  }

  private static void longest(
      List<FieldProblem> problems, String field, String text, int most, String label) {
    if (text != null && text.length() > most) {
      problems.add(new FieldProblem(field, label + " must be " + most + " characters or fewer"));
    }
  }

  private static String trimmed(String text) {
    if (text == null) {
      return null;
    }
    String stripped = text.strip();
    return stripped.isEmpty() ? null : stripped;
  }
}
