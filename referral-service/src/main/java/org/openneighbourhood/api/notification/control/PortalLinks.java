package org.openneighbourhood.api.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.openneighbourhood.api.configuration.control.Configured;
import org.openneighbourhood.api.configuration.control.Setting;

/**
 * What every e-mail of the portal shares: links to the portal (where access is decided), days in
 * words, and the footer saying why the message holds no personal details.
 */
@ApplicationScoped
public class PortalLinks {

  public static final String FOOTER =
      "\n\nFor privacy this e-mail holds no personal details. Please do not reply to it.\n";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  @Inject
  @Configured(Setting.PORTAL_URL)
  String portalUrl;

  /** The portal's address of a page, e.g. {@code /my/plan.xhtml}. */
  public String link(String path) {
    return portalUrl.strip().replaceAll("/+$", "") + path;
  }

  /** "Monday 2 March 2026". */
  public static String day(LocalDate day) {
    return DAY.format(day);
  }
}
