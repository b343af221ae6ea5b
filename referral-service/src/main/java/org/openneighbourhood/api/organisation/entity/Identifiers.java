package org.openneighbourhood.api.organisation.entity;

import java.util.Locale;
import java.util.regex.Pattern;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

/**
 * How an organisation is known outside the neighbourhood: a GP practice or PCN by its ODS code, a
 * VCFSE by its charity or company number. Checked for shape here; each field error names its field.
 */
public record Identifiers(String odsCode, String charityNumber, String companyNumber) {

  /** A GP practice: a letter and five digits (Y90001); a PCN: U and five digits. */
  private static final Pattern GP_PRACTICE_ODS = Pattern.compile("[A-Z][0-9]{5}");

  private static final Pattern PCN_ODS = Pattern.compile("U[0-9]{5}");
  private static final Pattern ANY_ODS = Pattern.compile("[A-Z0-9]{3,10}");

  /** England and Wales: 6 to 8 digits; Scotland SC and Northern Ireland NI prefixes. */
  private static final Pattern CHARITY = Pattern.compile("(SC|NI)?[0-9]{5,8}");

  /** Companies House: 8 digits, or two letters and six digits (SC123456). */
  private static final Pattern COMPANY = Pattern.compile("[0-9]{8}|[A-Z]{2}[0-9]{6}");

  public Identifiers {
    odsCode = normalise(odsCode);
    charityNumber = normalise(charityNumber);
    companyNumber = normalise(companyNumber);
  }

  /** Refuses identifiers of the wrong shape, or missing where the sector needs one. */
  public Identifiers checkedFor(Sector sector) {
    switch (sector) {
      case GP_PRACTICE -> require(odsCode, GP_PRACTICE_ODS, "odsCode", gpOdsMessage());
      case PCN -> require(odsCode, PCN_ODS, "odsCode", "Enter the PCN's ODS code, like U12345");
      case VCFSE -> {
        if (charityNumber == null && companyNumber == null) {
          throw new InvalidInputException(
              "charityNumber", "Enter a charity number or a company number");
        }
      }
      default -> {}
    }
    optional(odsCode, ANY_ODS, "odsCode", "An ODS code is 3 to 10 letters and digits");
    optional(
        charityNumber, CHARITY, "charityNumber", "A charity number is 5 to 8 digits, like 1190001");
    optional(
        companyNumber,
        COMPANY,
        "companyNumber",
        "A company number is 8 digits, or 2 letters and 6 digits");
    return this;
  }

  private static String gpOdsMessage() {
    return "Enter the practice's ODS code: a letter and 5 digits, like Y12345";
  }

  private static void require(String value, Pattern shape, String field, String message) {
    if (value == null || !shape.matcher(value).matches()) {
      throw new InvalidInputException(field, message);
    }
  }

  private static void optional(String value, Pattern shape, String field, String message) {
    if (value != null && !shape.matcher(value).matches()) {
      throw new InvalidInputException(field, message);
    }
  }

  private static String normalise(String value) {
    if (value == null) {
      return null;
    }
    String compact = value.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    return compact.isEmpty() ? null : compact;
  }
}
