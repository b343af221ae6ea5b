package org.openneighbourhood.portal.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.openneighbourhood.portal.api.AccessLogEntry;
import org.openneighbourhood.portal.api.ReferralApi;

/** What people acting for the admin's organisation looked at or changed, newest first. */
@Named("organisationAccessLogPage")
@RequestScoped
public class AccessLogPage {

  @Inject ReferralApi api;

  private List<AccessLogEntry> entries = List.of();

  public void load() {
    entries = api.organisationAccessLog();
  }

  public List<AccessLogEntry> getEntries() {
    return entries;
  }
}
