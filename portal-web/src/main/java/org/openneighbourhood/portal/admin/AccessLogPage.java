package org.openneighbourhood.portal.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.openneighbourhood.portal.api.AccessLogEntry;
import org.openneighbourhood.portal.api.OrganisationsApi;

/** What people acting for the admin's organisation looked at or changed, newest first. */
@Named("organisationAccessLogPage")
@RequestScoped
public class AccessLogPage {

  @Inject OrganisationsApi organisationsApi;

  private List<AccessLogEntry> entries = List.of();

  public void load() {
    entries = organisationsApi.organisationAccessLog();
  }

  public List<AccessLogEntry> getEntries() {
    return entries;
  }
}
