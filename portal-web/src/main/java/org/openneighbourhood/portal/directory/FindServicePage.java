package org.openneighbourhood.portal.directory;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openneighbourhood.portal.api.ApiProblemException;
import org.openneighbourhood.portal.api.Category;
import org.openneighbourhood.portal.api.Paged;
import org.openneighbourhood.portal.api.PeopleApi;
import org.openneighbourhood.portal.api.Person;
import org.openneighbourhood.portal.api.ServiceMatch;
import org.openneighbourhood.portal.api.ServicesApi;
import org.openneighbourhood.portal.layout.Pages;
import org.openneighbourhood.portal.problem.FormErrors;

/**
 * Find a service: words, a category, filters and a postcode, as a GET form, so it works without
 * JavaScript and a search can be bookmarked or shared. Near a postcode the nearest come first; with
 * words, the most relevant. Each result shows what a referrer weighs (capacity, how fast it usually
 * answers, how often it accepts, whether its entry may be out of date) and, when a person is being
 * referred, a link into the new-referral form with the service chosen.
 */
@Named
@ViewScoped
public class FindServicePage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 10;

  static final Map<String, String> API_FIELDS =
      Map.of("postcode", "postcode", "age", "age", "q", "q", "category", "category");

  @Inject PeopleApi peopleApi;
  @Inject ServicesApi servicesApi;

  private String q;
  private String category;
  private String accepting;
  private String selfReferral;
  private String age;
  private String postcode;
  private String personParam;
  private String goalParam;
  private String pageParam;
  private String searchParam;
  private Person person;
  private List<Category> categories = List.of();
  private Paged<ServiceMatch> results;
  private final FormErrors errors = new FormErrors();

  public void load() {
    if (personParam != null && !personParam.isBlank()) {
      Optional<UUID> id = Pages.idOrNotFound(personParam);
      if (id.isEmpty()) {
        return;
      }
      person = peopleApi.person(id.get());
      if (postcode == null && person.address() != null && person.address().postcode() != null) {
        postcode = person.address().postcode();
      }
    }
    categories = servicesApi.serviceCategories();
    if (!isSearched()) {
      return;
    }
    int page = Paged.pageNumber(pageParam);
    String typedAge = blankToNull(age);
    if (typedAge != null && !typedAge.matches("\\d{1,3}")) {
      errors.add("age", "Enter an age in years, like 45");
    }
    if (errors.isPresent()) {
      return;
    }
    try {
      results =
          Paged.read(
              servicesApi.searchServices(
                  blankToNull(q),
                  blankToNull(category),
                  acceptingChecked() ? "true" : null,
                  selfReferralChecked() ? "true" : null,
                  typedAge,
                  blankToNull(postcode),
                  page,
                  PAGE_SIZE),
              Paged.SERVICES,
              page,
              PAGE_SIZE);
    } catch (ApiProblemException e) {
      if (e.status() == 400) {
        errors.addProblem(e, API_FIELDS);
        return;
      }
      throw e;
    }
  }

  /** Whether the form was sent (its hidden {@code search} field), so results are shown. */
  public boolean isSearched() {
    return "1".equals(searchParam);
  }

  /** This search's address with another page number. */
  public String pageLink(int page) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("q", q);
    query.put("category", category);
    query.put("accepting", acceptingChecked() ? "true" : null);
    query.put("selfReferral", selfReferralChecked() ? "true" : null);
    query.put("age", age);
    query.put("postcode", postcode);
    query.put("person", personParam);
    query.put("goal", goalParam);
    query.put("search", "1");
    query.put("page", Integer.toString(page));
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/directory/find.xhtml?"
        + query.entrySet().stream()
            .filter(e -> e.getValue() != null && !e.getValue().isBlank())
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public boolean acceptingChecked() {
    return "true".equals(accepting);
  }

  public boolean selfReferralChecked() {
    return "true".equals(selfReferral);
  }

  public Paged<ServiceMatch> getResults() {
    return results;
  }

  public Person getReferredPerson() {
    return person;
  }

  public List<Category> getCategories() {
    return categories;
  }

  public FormErrors getErrors() {
    return errors;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getAccepting() {
    return accepting;
  }

  public void setAccepting(String accepting) {
    this.accepting = accepting;
  }

  public String getSelfReferral() {
    return selfReferral;
  }

  public void setSelfReferral(String selfReferral) {
    this.selfReferral = selfReferral;
  }

  public String getAge() {
    return age;
  }

  public void setAge(String age) {
    this.age = age;
  }

  public String getPostcode() {
    return postcode;
  }

  public void setPostcode(String postcode) {
    this.postcode = postcode;
  }

  /**
   * Where "Refer" goes for a service: the referral form with the service chosen, keeping the goal
   * of the person's plan the referral is for (when the search started from a goal).
   */
  public String referLink(UUID serviceId) {
    return "/referrals/new.xhtml?person="
        + person.id()
        + "&service="
        + serviceId
        + Pages.uuid(goalParam).map(id -> "&goal=" + id).orElse("");
  }

  /** A service's own page: how to reach it and what it costs, for the same person. */
  public String serviceLink(UUID serviceId) {
    return "/directory/service.xhtml?service="
        + serviceId
        + (person == null ? "" : "&person=" + person.id());
  }

  public String getGoal() {
    return goalParam;
  }

  public void setGoal(String goal) {
    this.goalParam = goal;
  }

  public String getPerson() {
    return personParam;
  }

  public void setPerson(String person) {
    this.personParam = person;
  }

  public String getSearch() {
    return searchParam;
  }

  public void setSearch(String search) {
    this.searchParam = search;
  }

  public String getPage() {
    return pageParam;
  }

  public void setPage(String page) {
    this.pageParam = page;
  }
}
