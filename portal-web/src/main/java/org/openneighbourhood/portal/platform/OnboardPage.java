package org.openneighbourhood.portal.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.openneighbourhood.portal.api.ApiProblemException;
import org.openneighbourhood.portal.api.Area;
import org.openneighbourhood.portal.api.NewOrganisation;
import org.openneighbourhood.portal.api.Organisation;
import org.openneighbourhood.portal.api.OrganisationsApi;
import org.openneighbourhood.portal.layout.Choice;
import org.openneighbourhood.portal.layout.Pages;
import org.openneighbourhood.portal.problem.FormErrors;

/**
 * A platform admin onboards a partner organisation: a GP practice by its ODS code, a council team,
 * a VCFSE by its charity or company number, with its first admin, who is invited by e-mail. It may
 * name the primary care network whose area the organisation belongs to (a practice's own PCN; the
 * area anyone else mainly works in); the API's refusal (a PCN in another's area) is shown next to
 * the select.
 */
@Named
@RequestScoped
public class OnboardPage {

  public static final List<String> SECTORS =
      List.of("GP_PRACTICE", "PCN", "SOCIAL_CARE", "VCFSE", "COMMISSIONER");

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  /** The API's property names are this page's field names. */
  static final Map<String, String> API_FIELDS =
      Map.of(
          "name", "name",
          "sector", "sector",
          "odsCode", "odsCode",
          "charityNumber", "charityNumber",
          "companyNumber", "companyNumber",
          "emailDomain", "emailDomain",
          "pcnId", "pcnId",
          "adminFirstName", "adminFirstName",
          "adminLastName", "adminLastName",
          "adminEmail", "adminEmail");

  @Inject OrganisationsApi organisationsApi;

  private String name;
  private String sector;
  private String odsCode;
  private String charityNumber;
  private String companyNumber;
  private String emailDomain;
  private String pcnId;
  private List<Choice> areaChoices;
  private String adminFirstName;
  private String adminLastName;
  private String adminEmail;
  private final FormErrors errors = new FormErrors(Map.of("sector", "sector-GP_PRACTICE"));

  public String onboard() {
    sector = Pages.parameter("sector");
    pcnId = Pages.parameter("pcnId");
    required("name", name, "Enter the organisation's name");
    if (sector == null || !SECTORS.contains(sector)) {
      errors.add("sector", "Choose what kind of organisation it is");
    }
    required("adminFirstName", adminFirstName, "Enter the first admin's first name");
    required("adminLastName", adminLastName, "Enter the first admin's last name");
    required("adminEmail", adminEmail, "Enter the first admin's work email address");
    if (adminEmail != null
        && !adminEmail.isBlank()
        && !EMAIL.matcher(adminEmail.strip()).matches()) {
      errors.add("adminEmail", "Enter an email address like name@example.org");
    }
    if (errors.isPresent()) {
      return null;
    }
    try {
      Organisation created =
          organisationsApi.onboard(
              new NewOrganisation(
                  name.strip(),
                  sector,
                  blankToNull(odsCode),
                  blankToNull(charityNumber),
                  blankToNull(companyNumber),
                  blankToNull(emailDomain),
                  blankToNull(pcnId),
                  adminFirstName.strip(),
                  adminLastName.strip(),
                  adminEmail.strip()));
      return Pages.redirect("/platform/organisations.xhtml", "onboarded", created.id());
    } catch (ApiProblemException e) {
      if (e.is(409, "already-exists")) {
        errors.add("name", "This organisation, its email domain or its admin is already set up");
        return null;
      }
      if (e.status() == 400) {
        errors.addProblem(e, API_FIELDS);
        return null;
      }
      throw e;
    }
  }

  private void required(String field, String value, String message) {
    if (value == null || value.isBlank()) {
      errors.add(field, message);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** "None", then every PCN by name: the select's options. */
  public List<Choice> getAreaChoices() {
    if (areaChoices == null) {
      areaChoices = areaChoices(organisationsApi.areas());
    }
    return areaChoices;
  }

  static List<Choice> areaChoices(List<Area> areas) {
    return Choice.byName("None", areas, Area::id, Area::name);
  }

  public String getPcnId() {
    return pcnId;
  }

  public List<String> getSectors() {
    return SECTORS;
  }

  public FormErrors getErrors() {
    return errors;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSector() {
    return sector;
  }

  public String getOdsCode() {
    return odsCode;
  }

  public void setOdsCode(String odsCode) {
    this.odsCode = odsCode;
  }

  public String getCharityNumber() {
    return charityNumber;
  }

  public void setCharityNumber(String charityNumber) {
    this.charityNumber = charityNumber;
  }

  public String getCompanyNumber() {
    return companyNumber;
  }

  public void setCompanyNumber(String companyNumber) {
    this.companyNumber = companyNumber;
  }

  public String getEmailDomain() {
    return emailDomain;
  }

  public void setEmailDomain(String emailDomain) {
    this.emailDomain = emailDomain;
  }

  public String getAdminFirstName() {
    return adminFirstName;
  }

  public void setAdminFirstName(String adminFirstName) {
    this.adminFirstName = adminFirstName;
  }

  public String getAdminLastName() {
    return adminLastName;
  }

  public void setAdminLastName(String adminLastName) {
    this.adminLastName = adminLastName;
  }

  public String getAdminEmail() {
    return adminEmail;
  }

  public void setAdminEmail(String adminEmail) {
    this.adminEmail = adminEmail;
  }
}
