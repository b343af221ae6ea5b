package org.openneighbourhood.portal.myplan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.openneighbourhood.portal.api.ApiProblemException;
import org.openneighbourhood.portal.api.EthnicityChoice;
import org.openneighbourhood.portal.api.MeApi;
import org.openneighbourhood.portal.api.Person;
import org.openneighbourhood.portal.api.SexChoice;
import org.openneighbourhood.portal.api.Versions;
import org.openneighbourhood.portal.layout.Pages;
import org.openneighbourhood.portal.people.EthnicGroups;
import org.openneighbourhood.portal.people.Sexes;
import org.openneighbourhood.portal.problem.FormErrors;

/**
 * The signed-in person's own details, and the two of them that are theirs to give or not: their
 * ethnic group and their sex, asked so that the neighbourhood can check its services reach everyone
 * fairly. They choose each (or "I would rather not say"), change it, or remove it; each change is
 * made on the version of it they were shown, so a change made elsewhere meanwhile is not
 * overwritten.
 */
@Named
@ViewScoped
public class MyDetailsPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FIELD = "ethnicCategory";
  static final String SEX_FIELD = "sexCode";

  @Inject MeApi meApi;

  private boolean registered = true;
  private Person person;
  private String chosen = "";
  private boolean saved;
  private boolean removed;
  private String chosenSex = "";
  private boolean sexSaved;
  private boolean sexRemoved;
  private final FormErrors errors =
      new FormErrors(Map.of(FIELD, FIELD + "-A", SEX_FIELD, SEX_FIELD + "-1"));

  public void load() {
    try {
      person = meApi.me();
    } catch (ApiProblemException e) {
      if (e.status() == 404) {
        registered = false;
        return;
      }
      throw e;
    }
    chosen = recordedCategory();
    saved = "true".equals(Pages.parameter("saved"));
    removed = "true".equals(Pages.parameter("removed"));
    chosenSex = recordedSex();
    sexSaved = "true".equals(Pages.parameter("sexSaved"));
    sexRemoved = "true".equals(Pages.parameter("sexRemoved"));
  }

  public String saveSex() {
    errors.clear();
    String sent = Pages.parameter(SEX_FIELD);
    chosenSex = sent == null ? "" : sent;
    if (!Sexes.offers(chosenSex)) {
      errors.add(SEX_FIELD, "Choose your sex, or \"I would rather not say\"");
      return null;
    }
    try {
      meApi.stateMySex(sexVersion(), new SexChoice(chosenSex, null));
      return "/my/details.xhtml?faces-redirect=true&sexSaved=true";
    } catch (ApiProblemException e) {
      return sexRefused(e);
    }
  }

  public String removeSex() {
    errors.clear();
    try {
      meApi.clearMySex(sexVersion());
      return "/my/details.xhtml?faces-redirect=true&sexRemoved=true";
    } catch (ApiProblemException e) {
      return sexRefused(e);
    }
  }

  /** As {@link #refused}, for the sex. */
  private String sexRefused(ApiProblemException e) {
    if (e.status() == 400) {
      errors.addProblem(e, Map.of("code", SEX_FIELD));
      return null;
    }
    if (e.status() == 412) {
      person = meApi.me();
      chosenSex = recordedSex();
      errors.add(
          SEX_FIELD,
          "Your sex was changed while you were looking at this page. Check it and choose again");
      return null;
    }
    throw e;
  }

  private String sexVersion() {
    return Versions.ifMatch(person.sex() == null ? 0 : person.sex().version());
  }

  private String recordedSex() {
    return person.sex() == null || person.sex().code() == null ? "" : person.sex().code();
  }

  public String save() {
    errors.clear();
    String sent = Pages.parameter(FIELD);
    chosen = sent == null ? "" : sent;
    if (!EthnicGroups.offers(chosen)) {
      errors.add(FIELD, "Choose your ethnic group, or \"I would rather not say\"");
      return null;
    }
    try {
      meApi.stateMyEthnicity(version(), new EthnicityChoice(chosen, null));
      return "/my/details.xhtml?faces-redirect=true&saved=true";
    } catch (ApiProblemException e) {
      return refused(e);
    }
  }

  public String remove() {
    errors.clear();
    try {
      meApi.clearMyEthnicity(version());
      return "/my/details.xhtml?faces-redirect=true&removed=true";
    } catch (ApiProblemException e) {
      return refused(e);
    }
  }

  /** A bad answer goes next to the question; a change made meanwhile is shown, to choose again. */
  private String refused(ApiProblemException e) {
    if (e.status() == 400) {
      errors.addProblem(e, Map.of("category", FIELD));
      return null;
    }
    if (e.status() == 412) {
      person = meApi.me();
      chosen = recordedCategory();
      errors.add(
          FIELD,
          "Your ethnic group was changed while you were looking at this page. Check it and choose"
              + " again");
      return null;
    }
    throw e;
  }

  private String version() {
    return Versions.ifMatch(person.ethnicity() == null ? 0 : person.ethnicity().version());
  }

  private String recordedCategory() {
    return person.ethnicity() == null || person.ethnicity().category() == null
        ? ""
        : person.ethnicity().category();
  }

  public boolean isRegistered() {
    return registered;
  }

  public Person getPerson() {
    return person;
  }

  /** The code chosen: as recorded, or as sent when it was refused. */
  public String getChosen() {
    return chosen;
  }

  /** The sex chosen: as recorded, or as sent when it was refused. */
  public String getChosenSex() {
    return chosenSex;
  }

  public boolean isSexSaved() {
    return sexSaved;
  }

  public boolean isSexRemoved() {
    return sexRemoved;
  }

  public boolean isSaved() {
    return saved;
  }

  public boolean isRemoved() {
    return removed;
  }

  public FormErrors getErrors() {
    return errors;
  }
}
