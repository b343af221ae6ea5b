package org.openneighbourhood.portal.myplan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.openneighbourhood.portal.api.AccessLogEntry;
import org.openneighbourhood.portal.api.MeApi;

/** Who looked at or changed the signed-in person's record, newest first. */
@Named
@RequestScoped
public class MyAccessLogPage {

  @Inject MeApi meApi;

  private List<AccessLogEntry> entries = List.of();

  public void load() {
    entries = meApi.myAccessLog();
  }

  public List<AccessLogEntry> getEntries() {
    return entries;
  }
}
