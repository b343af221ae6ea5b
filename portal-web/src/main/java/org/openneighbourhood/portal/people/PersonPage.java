package org.openneighbourhood.portal.people;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openneighbourhood.portal.api.ApiProblemException;
import org.openneighbourhood.portal.api.CareTeamMember;
import org.openneighbourhood.portal.api.EthnicityChoice;
import org.openneighbourhood.portal.api.NewCareTeamMember;
import org.openneighbourhood.portal.api.NewSafeguardingNote;
import org.openneighbourhood.portal.api.Organisation;
import org.openneighbourhood.portal.api.OrganisationsApi;
import org.openneighbourhood.portal.api.PeopleApi;
import org.openneighbourhood.portal.api.Person;
import org.openneighbourhood.portal.api.SexChoice;
import org.openneighbourhood.portal.api.Versions;
import org.openneighbourhood.portal.consent.HowLong;
import org.openneighbourhood.portal.layout.Pages;
import org.openneighbourhood.portal.problem.FormErrors;

/**
 * A person's record as a professional sees and adds to it (their plan has its own page, {@code
 * plan/PlanPage}). The address, safeguarding notes, ethnic group and sex are there only when the
 * API shows them to this user; otherwise the page says that some details are withheld for their
 * role, never what. Whoever is shown the ethnic group or the sex may record it, and only once they
 * confirm that the person agreed to it being recorded.
 */
@Named
@ViewScoped
public class PersonPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int MAX_SAFEGUARDING_NOTE = 4000;
  static final String ETHNIC_CATEGORY = "ethnicCategory";
  static final String ETHNICITY_AGREED = "ethnicityAgreed";
  static final String SEX_CODE = "sexCode";
  static final String SEX_AGREED = "sexAgreed";

  @Inject OrganisationsApi organisationsApi;
  @Inject PeopleApi peopleApi;

  private String id;
  private Person person;
  private String safeguardingNote;
  private List<CareTeamMember> careTeam = List.of();
  private List<Organisation> joinable = List.of();
  private String organisationId = "";
  private boolean personAgreed;
  private String ethnicCategory = "";
  private boolean ethnicityAgreed;
  private String sexCode = "";
  private boolean sexAgreed;
  private final FormErrors errors =
      new FormErrors(Map.of(ETHNIC_CATEGORY, ETHNIC_CATEGORY + "-A", SEX_CODE, SEX_CODE + "-1"));
  private final HowLong howLong = new HowLong(false);

  public void load() {
    Optional<UUID> personId = Pages.idOrNotFound(id);
    if (personId.isEmpty()) {
      return;
    }
    person = peopleApi.person(personId.get());
    ethnicCategory = recordedCategory();
    sexCode = recordedSex();
    loadCareTeam();
  }

  /**
   * Records the person's ethnic group, with their agreement confirmed here; the choice and the tick
   * are kept when it is refused, each error next to its field.
   */
  public String recordEthnicity() {
    errors.clear();
    String sent = Pages.parameter(ETHNIC_CATEGORY);
    ethnicCategory = sent == null ? "" : sent;
    ethnicityAgreed = "true".equals(Pages.parameter(ETHNICITY_AGREED));
    if (!EthnicGroups.offers(ethnicCategory)) {
      errors.add(ETHNIC_CATEGORY, "Choose their ethnic group, or that they would rather not say");
    }
    if (!ethnicityAgreed) {
      errors.add(
          ETHNICITY_AGREED, "Confirm that the person agreed to their ethnic group being recorded");
    }
    if (errors.isPresent()) {
      return null;
    }
    try {
      long version = person.ethnicity() == null ? 0 : person.ethnicity().version();
      peopleApi.recordEthnicity(
          person.id(), Versions.ifMatch(version), new EthnicityChoice(ethnicCategory, true));
      return Pages.redirect("/people/person.xhtml", "id", person.id());
    } catch (ApiProblemException e) {
      if (e.status() == 400) {
        errors.addProblem(e, Map.of("category", ETHNIC_CATEGORY, "personAgreed", ETHNICITY_AGREED));
        return null;
      }
      if (e.status() == 412) {
        person = peopleApi.person(person.id());
        ethnicCategory = recordedCategory();
        errors.add(
            ETHNIC_CATEGORY,
            "Their ethnic group was changed while you were looking at this page. Check it with them"
                + " and choose again");
        return null;
      }
      throw e;
    }
  }

  /**
   * Records the person's sex, with their agreement confirmed here; the choice and the tick are kept
   * when it is refused, each error next to its field.
   */
  public String recordSex() {
    errors.clear();
    String sent = Pages.parameter(SEX_CODE);
    sexCode = sent == null ? "" : sent;
    sexAgreed = "true".equals(Pages.parameter(SEX_AGREED));
    if (!Sexes.offers(sexCode)) {
      errors.add(SEX_CODE, "Choose their sex, or that they would rather not say");
    }
    if (!sexAgreed) {
      errors.add(SEX_AGREED, "Confirm that the person agreed to their sex being recorded");
    }
    if (errors.isPresent()) {
      return null;
    }
    try {
      long version = person.sex() == null ? 0 : person.sex().version();
      peopleApi.recordSex(person.id(), Versions.ifMatch(version), new SexChoice(sexCode, true));
      return Pages.redirect("/people/person.xhtml", "id", person.id());
    } catch (ApiProblemException e) {
      if (e.status() == 400) {
        errors.addProblem(e, Map.of("code", SEX_CODE, "personAgreed", SEX_AGREED));
        return null;
      }
      if (e.status() == 412) {
        person = peopleApi.person(person.id());
        sexCode = recordedSex();
        errors.add(
            SEX_CODE,
            "Their sex was changed while you were looking at this page. Check it with them and"
                + " choose again");
        return null;
      }
      throw e;
    }
  }

  private String recordedSex() {
    return person.sex() == null || person.sex().code() == null ? "" : person.sex().code();
  }

  private String recordedCategory() {
    return person.ethnicity() == null || person.ethnicity().category() == null
        ? ""
        : person.ethnicity().category();
  }

  /** Adds a safeguarding note; the form keeps what was typed when it is refused. */
  public String addSafeguardingNote() {
    errors.clear();
    if (safeguardingNote == null || safeguardingNote.isBlank()) {
      errors.add("safeguardingNote", "Enter the safeguarding note");
    } else if (safeguardingNote.strip().length() > MAX_SAFEGUARDING_NOTE) {
      errors.add(
          "safeguardingNote",
          "The safeguarding note must be " + MAX_SAFEGUARDING_NOTE + " characters or fewer");
    }
    if (errors.isPresent()) {
      return null;
    }
    try {
      peopleApi.addSafeguardingNote(person.id(), new NewSafeguardingNote(safeguardingNote.strip()));
      return Pages.redirect("/people/person.xhtml", "id", person.id());
    } catch (ApiProblemException e) {
      if (e.status() == 400) {
        errors.addProblem(e, Map.of("text", "safeguardingNote"));
        return null;
      }
      throw e;
    }
  }

  private void loadCareTeam() {
    careTeam = peopleApi.careTeam(person.id());
    Set<UUID> current =
        careTeam.stream()
            .filter(CareTeamMember::current)
            .map(CareTeamMember::organisationId)
            .collect(Collectors.toSet());
    joinable =
        organisationsApi.organisations().stream().filter(o -> !current.contains(o.id())).toList();
  }

  /** Adds the chosen organisation to their care team, with the agreement the user confirms. */
  public String addToCareTeam() {
    errors.clear();
    organisationId = Pages.parameter("organisationId");
    personAgreed = "true".equals(Pages.parameter("personAgreed"));
    Optional<UUID> chosen = Pages.uuid(organisationId);
    if (chosen.isEmpty()) {
      errors.add("organisationId", "Choose an organisation");
    }
    if (!personAgreed) {
      errors.add("personAgreed", "Confirm they agree to this organisation joining their care team");
    }
    howLong.anchor(errors);
    howLong.read(errors);
    if (errors.isPresent()) {
      return null;
    }
    try {
      peopleApi.addToCareTeam(
          person.id(), new NewCareTeamMember(chosen.get(), true, howLong.until()));
      return Pages.redirect("/people/person.xhtml", "id", person.id());
    } catch (ApiProblemException e) {
      if (e.status() == 409) {
        errors.add("organisationId", "That organisation is already in their care team");
        loadCareTeam();
        return null;
      }
      if (e.status() == 400) {
        Map<String, String> fields = new HashMap<>(HowLong.API_FIELDS);
        fields.putAll(Map.of("organisationId", "organisationId", "personAgreed", "personAgreed"));
        errors.addProblem(e, fields);
        return null;
      }
      throw e;
    }
  }

  /** Ends one organisation's membership of their care team. */
  public String endMembership(UUID memberId) {
    peopleApi.endCareTeamMembership(person.id(), memberId);
    return Pages.redirect("/people/person.xhtml", "id", person.id());
  }

  public List<CareTeamMember> getCurrentCareTeam() {
    return careTeam.stream().filter(CareTeamMember::current).toList();
  }

  public List<CareTeamMember> getPastCareTeam() {
    return careTeam.stream().filter(m -> !m.current()).toList();
  }

  public List<Organisation> getJoinable() {
    return joinable;
  }

  public String getOrganisationId() {
    return organisationId;
  }

  public boolean isPersonAgreed() {
    return personAgreed;
  }

  /** The ethnic group chosen: as recorded, or as sent when it was refused. */
  public String getEthnicCategory() {
    return ethnicCategory;
  }

  public boolean isEthnicityAgreed() {
    return ethnicityAgreed;
  }

  /** The sex chosen: as recorded, or as sent when it was refused. */
  public String getSexCode() {
    return sexCode;
  }

  public boolean isSexAgreed() {
    return sexAgreed;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Person getPerson() {
    return person;
  }

  public String getSafeguardingNote() {
    return safeguardingNote;
  }

  public void setSafeguardingNote(String safeguardingNote) {
    this.safeguardingNote = safeguardingNote;
  }

  public HowLong getHowLong() {
    return howLong;
  }

  public FormErrors getErrors() {
    return errors;
  }
}
