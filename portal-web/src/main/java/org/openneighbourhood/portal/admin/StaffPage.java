package org.openneighbourhood.portal.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.openneighbourhood.portal.api.OrganisationsApi;
import org.openneighbourhood.portal.api.StaffMember;
import org.openneighbourhood.portal.layout.Pages;

/**
 * The organisation admin's list of their staff: who is active, who has not accepted their
 * invitation yet, and a button to deactivate someone who has left.
 */
@Named
@ViewScoped
public class StaffPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject OrganisationsApi organisationsApi;

  private List<StaffMember> staff = List.of();
  private String invited;
  private String deactivated;

  public void load() {
    staff = organisationsApi.staff();
    invited = nameOf(Pages.parameter("invited")).orElse(null);
  }

  /**
   * Deactivates and shows the list again on this page: the person is no longer the organisation's,
   * so a redirect could not find their name for the confirmation.
   */
  public String deactivate(String userId) {
    deactivated = organisationsApi.deactivate(userId).name();
    staff = organisationsApi.staff();
    invited = null;
    return null;
  }

  private Optional<String> nameOf(String id) {
    return staff.stream().filter(m -> m.id().equals(id)).map(StaffMember::name).findFirst();
  }

  public List<StaffMember> getStaff() {
    return staff;
  }

  /** The name of the person just invited, for the confirmation. */
  public String getInvited() {
    return invited;
  }

  /** The name of the person just deactivated, for the confirmation. */
  public String getDeactivated() {
    return deactivated;
  }
}
