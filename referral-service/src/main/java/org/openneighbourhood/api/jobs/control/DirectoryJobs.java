package org.openneighbourhood.api.jobs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.openneighbourhood.api.configuration.control.Configured;
import org.openneighbourhood.api.configuration.control.Setting;
import org.openneighbourhood.api.directory.control.ServiceRepository;
import org.openneighbourhood.api.directory.entity.Service;
import org.openneighbourhood.api.notification.control.Outbox;
import org.openneighbourhood.api.notification.entity.Notice;
import org.openneighbourhood.api.time.entity.London;

/** Keeping the directory true: each stale entry's organisation is asked, once, to confirm it. */
@ApplicationScoped
@Transactional
public class DirectoryJobs {

  static final int BATCH = 50;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  @Inject ServiceRepository services;
  @Inject Outbox outbox;
  @Inject Clock clock;

  @Inject
  @Configured(Setting.DIRECTORY_CONFIRM_EVERY_MONTHS)
  int confirmEveryMonths;

  @Inject
  @Configured(Setting.PORTAL_URL)
  String portalUrl;

  /**
   * E-mails the organisation of each entry that has gone stale (to its referrals address), once per
   * time it goes stale; an organisation without an address sees the flag on its services page.
   *
   * @return how many entries were handled
   */
  public int askToConfirmStaleEntries() {
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    List<Service> stale =
        services.claimStale(Service.staleBefore(now, Period.ofMonths(confirmEveryMonths)), BATCH);
    for (Service service : stale) {
      String to = service.organisation().referralsEmail().orElse(null);
      if (to != null) {
        outbox.add(notice(service, to), now);
      }
      service.askedToConfirm(now);
    }
    return stale.size();
  }

  private Notice notice(Service service, String to) {
    String since = DAY.format(service.lastConfirmedAt().atZone(London.ZONE));
    return new Notice(
        "service-stale:" + service.id() + ":" + service.lastConfirmedAt().toEpochMilli(),
        to,
        "Is " + service.name() + " still running?",
        "Nobody has confirmed the directory entry of "
            + service.name()
            + " since "
            + since
            + ", so referrers are told it may have stopped.\n\n"
            + "If it is still running, say so with one click (or change what has changed): "
            + portalUrl.strip().replaceAll("/+$", "")
            + "/services/capacity.xhtml\n",
        null);
  }
}
