package org.openneighbourhood.portal.platform;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.portal.api.ApiProblemException;
import org.openneighbourhood.portal.api.Organisation;
import org.openneighbourhood.portal.api.OrganisationsApi;
import org.openneighbourhood.portal.api.PcnChoice;
import org.openneighbourhood.portal.layout.Choice;
import org.openneighbourhood.portal.layout.Pages;
import org.openneighbourhood.portal.problem.FormErrors;

/**
 * A platform admin changes the primary care network whose area an organisation belongs to, or takes
 * it out of every area. The API's refusal (a PCN in another's area, a choice that is no PCN) is
 * shown next to the select, with the choice kept.
 */
@Named
@ViewScoped
public class PcnPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject OrganisationsApi organisationsApi;

  private String organisationParam;
  private Organisation organisation;
  private List<Choice> areaChoices = List.of();
  private String pcnId;
  private final FormErrors errors = new FormErrors();

  public void load() {
    Optional<UUID> id = Pages.idOrNotFound(organisationParam);
    if (id.isEmpty()) {
      return;
    }
    organisation =
        organisationsApi.organisations().stream()
            .filter(o -> o.id().equals(id.get()))
            .findFirst()
            .orElse(null);
    if (organisation == null) {
      Pages.notFound();
      return;
    }
    areaChoices = OnboardPage.areaChoices(organisationsApi.areas());
    pcnId = organisation.pcn() == null ? "" : organisation.pcn().id().toString();
  }

  public String save() {
    pcnId = Pages.parameter("pcnId");
    try {
      organisationsApi.changePcn(
          organisation.id(), new PcnChoice(pcnId == null || pcnId.isBlank() ? null : pcnId));
      return Pages.redirect("/platform/organisations.xhtml", "changed", organisation.id());
    } catch (ApiProblemException e) {
      if (e.status() == 400) {
        errors.addProblem(e, Map.of("pcnId", "pcnId"));
        return null;
      }
      throw e;
    }
  }

  public String getOrganisation() {
    return organisationParam;
  }

  public void setOrganisation(String organisation) {
    this.organisationParam = organisation;
  }

  public Organisation getChosen() {
    return organisation;
  }

  public List<Choice> getAreaChoices() {
    return areaChoices;
  }

  public String getPcnId() {
    return pcnId;
  }

  public FormErrors getErrors() {
    return errors;
  }
}
