package org.openneighbourhood.portal.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.openneighbourhood.portal.api.Organisation;
import org.openneighbourhood.portal.api.OrganisationsApi;
import org.openneighbourhood.portal.layout.Pages;

/** Every partner organisation of the neighbourhood, for the platform admin. */
@Named("platformOrganisationsPage")
@RequestScoped
public class OrganisationsPage {

  @Inject OrganisationsApi organisationsApi;

  private List<Organisation> organisations = List.of();
  private String onboarded;
  private Organisation changed;

  public void load() {
    organisations = organisationsApi.organisations();
    String id = Pages.parameter("onboarded");
    onboarded =
        organisations.stream()
            .filter(o -> o.id().toString().equals(id))
            .map(Organisation::name)
            .findFirst()
            .orElse(null);
    String changedId = Pages.parameter("changed");
    changed =
        organisations.stream()
            .filter(o -> o.id().toString().equals(changedId))
            .findFirst()
            .orElse(null);
  }

  public List<Organisation> getOrganisations() {
    return organisations;
  }

  /** The organisation whose primary care network was just changed, for the confirmation. */
  public Organisation getChanged() {
    return changed;
  }

  /** The organisation just onboarded, for the confirmation. */
  public String getOnboarded() {
    return onboarded;
  }
}
