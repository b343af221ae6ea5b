package org.openneighbourhood.portal.myplan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openneighbourhood.portal.api.Consent;
import org.openneighbourhood.portal.api.ReferralApi;
import org.openneighbourhood.portal.layout.Pages;

/**
 * What the signed-in person agreed to share, organisation by organisation, and the button that
 * stops sharing with one of them at once.
 */
@Named
@ViewScoped
public class MyConsentsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Everything the person agreed with one organisation. */
  public record Sharing(UUID organisationId, String organisationName, List<Consent> agreements)
      implements Serializable {

    /** Whether anything is still shared with the organisation. */
    public boolean isActive() {
      return agreements.stream().anyMatch(Consent::active);
    }
  }

  @Inject ReferralApi api;

  private List<Sharing> sharing = List.of();
  private String stopped;

  public void load() {
    sharing = group(api.myConsents());
    String stoppedId = Pages.parameter("stopped");
    sharing.stream()
        .filter(s -> s.organisationId().toString().equals(stoppedId))
        .findFirst()
        .ifPresent(s -> stopped = s.organisationName());
  }

  public String stop(UUID organisationId) {
    api.stopSharingWith(organisationId);
    return Pages.redirect("/my/consents.xhtml", "stopped", organisationId);
  }

  static List<Sharing> group(List<Consent> consents) {
    Map<UUID, List<Consent>> byOrganisation = new LinkedHashMap<>();
    for (Consent consent : consents) {
      byOrganisation
          .computeIfAbsent(consent.organisationId(), id -> new ArrayList<>())
          .add(consent);
    }
    return byOrganisation.values().stream()
        .map(
            list -> new Sharing(list.get(0).organisationId(), list.get(0).organisationName(), list))
        .toList();
  }

  public List<Sharing> getSharing() {
    return sharing;
  }

  /** The organisation the person just stopped sharing with, for the confirmation. */
  public String getStopped() {
    return stopped;
  }
}
