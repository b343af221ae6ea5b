package org.openneighbourhood.portal.directory;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.portal.api.ApiProblemException;
import org.openneighbourhood.portal.api.Category;
import org.openneighbourhood.portal.api.Contact;
import org.openneighbourhood.portal.api.CostOption;
import org.openneighbourhood.portal.api.Phone;
import org.openneighbourhood.portal.api.Service;
import org.openneighbourhood.portal.api.ServiceEntry;
import org.openneighbourhood.portal.api.ServicesApi;
import org.openneighbourhood.portal.layout.Pages;
import org.openneighbourhood.portal.problem.FormErrors;

/**
 * An organisation's admin adds a service to the directory (without {@code service}), or rewrites
 * one of its services' entries, with its phones, contacts and cost options ({@link EntryGroups}:
 * added and removed with buttons of the form, no JavaScript needed). Saving an entry also confirms
 * the service is still running. The API checks every field and answers with each one's problem,
 * shown next to the field with what was typed kept.
 */
@Named
@ViewScoped
public class EditServicePage implements Serializable {

  private static final long serialVersionUID = 1L;

  static final Map<String, String> API_FIELDS =
      Map.ofEntries(
          Map.entry("name", "name"),
          Map.entry("description", "description"),
          Map.entry("categoryIds", "categories"),
          Map.entry("minAge", "minAge"),
          Map.entry("maxAge", "maxAge"),
          Map.entry("eligibility", "eligibility"),
          Map.entry("area", "area"),
          Map.entry("fees", "fees"),
          Map.entry("url", "url"),
          Map.entry("email", "email"),
          Map.entry("phones", "phone-0-number"),
          Map.entry("contacts", "add-contact"),
          Map.entry("costOptions", "add-cost"),
          Map.entry("languages", "languages"),
          Map.entry("responseDays", "responseDays"));

  @Inject ServicesApi servicesApi;

  private String serviceParam;
  private Service service;
  private List<Category> categories = List.of();
  private List<String> chosen = new ArrayList<>();
  private String name;
  private String description;
  private String minAge;
  private String maxAge;
  private String eligibility;
  private String area;
  private String fees;
  private String url;
  private String email;
  private EntryGroups groups = EntryGroups.blank();
  private String focus;
  private String languages;
  private String responseDays;
  private boolean acceptsReferrals;
  private boolean acceptsSelfReferral;
  private final FormErrors errors = new FormErrors();

  public void load() {
    if (serviceParam == null || serviceParam.isBlank()) {
      // A new service: it takes referrals, and answers within a working week, until said otherwise.
      categories = servicesApi.serviceCategories();
      responseDays = "5";
      acceptsReferrals = true;
      return;
    }
    Optional<UUID> id = Pages.idOrNotFound(serviceParam);
    if (id.isEmpty()) {
      return;
    }
    service = servicesApi.service(id.get());
    categories = servicesApi.serviceCategories();
    name = service.name();
    description = service.description();
    minAge = text(service.minAge());
    maxAge = text(service.maxAge());
    eligibility = service.eligibility();
    area = service.area();
    fees = service.fees();
    url = service.url();
    email = service.email();
    groups = EntryGroups.of(service);
    languages = String.join(", ", service.languages());
    responseDays = Integer.toString(service.responseDays());
    acceptsReferrals = service.acceptsReferrals();
    acceptsSelfReferral = service.acceptsSelfReferral();
    chosen = new ArrayList<>(service.categoryIds().stream().map(UUID::toString).toList());
  }

  /**
   * Saves the entry, or, when the button pressed adds or removes a group (a contact, a phone, a
   * cost), shows the form again with the change and everything typed kept.
   */
  public String save() {
    errors.clear();
    focus = null;
    groups = EntryGroups.typed();
    String pressed = Pages.parameter("save-entry");
    if (EntryGroups.isChange(pressed)) {
      keepTyped();
      focus = groups.change(pressed);
      return null;
    }
    keepTyped();
    Map<String, String> apiFields = new HashMap<>(API_FIELDS);
    List<Phone> phones = groups.phoneEntries(apiFields);
    List<Contact> contacts = groups.contactEntries(apiFields);
    List<CostOption> costs = groups.costEntries(apiFields, errors);
    Integer youngest = whole("minAge", minAge, "Enter the youngest age as a whole number");
    Integer oldest = whole("maxAge", maxAge, "Enter the oldest age as a whole number");
    Integer days = whole("responseDays", responseDays, "Enter the working days as a whole number");
    if (errors.isPresent()) {
      return null;
    }
    try {
      ServiceEntry entry =
          new ServiceEntry(
              name,
              description,
              categoryIds(),
              youngest,
              oldest,
              eligibility,
              area,
              fees,
              url,
              email,
              phones,
              contacts,
              costs,
              languageNames(),
              days,
              acceptsReferrals,
              acceptsSelfReferral);
      if (service == null) {
        Service added = servicesApi.addService(entry);
        return "/services/capacity.xhtml?faces-redirect=true&added=" + added.id();
      }
      servicesApi.describeService(service.id(), entry);
      return "/services/capacity.xhtml?faces-redirect=true&saved=true";
    } catch (ApiProblemException e) {
      if (e.status() == 400 || e.status() == 403 || e.status() == 409) {
        errors.addProblem(e, apiFields);
        return null;
      }
      throw e;
    }
  }

  /** The checkboxes as ticked (the text fields keep themselves). */
  private void keepTyped() {
    acceptsReferrals = "true".equals(Pages.parameter("acceptsReferrals"));
    acceptsSelfReferral = "true".equals(Pages.parameter("acceptsSelfReferral"));
    chosen = new ArrayList<>(Pages.parameterValues("categories"));
  }

  private List<UUID> categoryIds() {
    List<UUID> ids = new ArrayList<>();
    for (String value : chosen) {
      Pages.uuid(value).ifPresent(ids::add);
    }
    return ids;
  }

  /** The languages typed, with commas (or new lines) between them. */
  private List<String> languageNames() {
    if (languages == null || languages.isBlank()) {
      return List.of();
    }
    return List.of(languages.split("[,;\\n]"));
  }

  private Integer whole(String field, String value, String message) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (!value.strip().matches("\\d{1,4}")) {
      errors.add(field, message);
      return null;
    }
    return Integer.parseInt(value.strip());
  }

  private static String text(Integer number) {
    return number == null ? "" : number.toString();
  }

  public boolean isChosen(Category category) {
    return chosen.contains(category.id().toString());
  }

  public Service getChosenService() {
    return service;
  }

  /** Whether this is a new service, not yet in the directory. */
  public boolean isAdding() {
    return service == null;
  }

  public List<Category> getCategories() {
    return categories;
  }

  public FormErrors getErrors() {
    return errors;
  }

  public boolean referralsChecked() {
    return acceptsReferrals;
  }

  public boolean selfReferralsChecked() {
    return acceptsSelfReferral;
  }

  public String getService() {
    return serviceParam;
  }

  public void setService(String service) {
    this.serviceParam = service;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getMinAge() {
    return minAge;
  }

  public void setMinAge(String minAge) {
    this.minAge = minAge;
  }

  public String getMaxAge() {
    return maxAge;
  }

  public void setMaxAge(String maxAge) {
    this.maxAge = maxAge;
  }

  public String getEligibility() {
    return eligibility;
  }

  public void setEligibility(String eligibility) {
    this.eligibility = eligibility;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public String getFees() {
    return fees;
  }

  public void setFees(String fees) {
    this.fees = fees;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public EntryGroups getGroups() {
    return groups;
  }

  /** The field a group just added starts at, for the page to put the keyboard in; or null. */
  public String getFocus() {
    return focus;
  }

  /** The phone types to choose from, with words for each. */
  public List<Choice> getPhoneTypes() {
    return PHONE_TYPES;
  }

  /** A choice of a select: the value the API takes and the words the page shows. */
  public record Choice(String value, String label) implements Serializable {}

  static final List<Choice> PHONE_TYPES =
      List.of(
          new Choice("", "Not said"),
          new Choice("VOICE", "Calls"),
          new Choice("CELL", "Mobile: calls and texts"),
          new Choice("TEXT", "Text messages only"),
          new Choice("TEXTPHONE", "Textphone"),
          new Choice("VIDEO", "Video calls"),
          new Choice("FAX", "Fax"));

  public String getLanguages() {
    return languages;
  }

  public void setLanguages(String languages) {
    this.languages = languages;
  }

  public String getResponseDays() {
    return responseDays;
  }

  public void setResponseDays(String responseDays) {
    this.responseDays = responseDays;
  }
}
