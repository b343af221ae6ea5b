package org.openneighbourhood.api.jobs.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.openneighbourhood.api.configuration.control.Configured;
import org.openneighbourhood.api.configuration.control.Setting;
import org.openneighbourhood.api.identity.control.EndedSessions;
import org.openneighbourhood.api.identity.control.Keycloak;
import org.openneighbourhood.api.identity.control.RealmKeys;
import org.openneighbourhood.api.jobs.control.BarsJobs;
import org.openneighbourhood.api.jobs.control.DirectoryJobs;
import org.openneighbourhood.api.jobs.control.MailJobs;
import org.openneighbourhood.api.jobs.control.PlanJobs;
import org.openneighbourhood.api.jobs.control.ReferralJobs;
import org.openneighbourhood.api.jobs.control.TextJobs;

/**
 * Runs the scheduled work every {@code scheduler.interval-seconds} (default 60) on this instance.
 * Running it on every instance is safe: each item is claimed by one (see the package).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class Scheduler {

  private static final Logger LOG = Logger.getLogger(Scheduler.class.getName());

  /** Services' records read a year of referrals: refreshed this often, whatever the interval. */
  private static final Duration RECORD_REFRESH_EVERY = Duration.ofMinutes(10);

  /** How long start-up waits for a Keycloak that is still starting to publish its keys. */
  private static final Duration FIRST_KEYS_WAIT = Duration.ofSeconds(90);

  @Resource ManagedScheduledExecutorService executor;

  @Inject ReferralJobs referralJobs;
  @Inject MailJobs mailJobs;
  @Inject TextJobs textJobs;
  @Inject BarsJobs barsJobs;
  @Inject PlanJobs planJobs;
  @Inject DirectoryJobs directoryJobs;
  @Inject EndedSessions endedSessions;
  @Inject Config config;
  @Inject Keycloak keycloak;

  @Inject
  @Configured(Setting.SCHEDULER_INTERVAL_SECONDS)
  int intervalSeconds;

  private ScheduledFuture<?> run;
  private long recordsRefreshedAt;

  @PostConstruct
  void start() {
    // Before any request: the token checks read the keys from the copy this makes (so start-up
    // waits for them while Keycloak starts), and the first request that needs Keycloak finds its
    // client built and the service account signed in.
    RealmKeys.awaitFirstKeys(config, FIRST_KEYS_WAIT);
    keycloak.keepReady();
    run =
        executor.scheduleWithFixedDelay(
            this::runOnce, 1, Math.max(1, intervalSeconds), TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (run != null) {
      run.cancel(false);
    }
  }

  private void runOnce() {
    job(
        "refresh the realm's keys and the service account's token",
        () -> {
          RealmKeys.refreshIfOld(config);
          keycloak.keepReady();
          return 0;
        });
    job("reopen services", referralJobs::reopenServices);
    drain("remind", referralJobs::remindBeforeDeadline);
    drain("expire", referralJobs::expirePastDeadline);
    drain("remind before review", planJobs::remindBeforeReview);
    drain("ask to confirm stale entries", directoryJobs::askToConfirmStaleEntries);
    drain("send mail", mailJobs::sendDue);
    drain("send texts", textJobs::sendDue);
    drain("send BaRS status updates", barsJobs::sendDue);
    job("delete BaRS status updates past their retention", barsJobs::purgePastRetention);
    job("count changed referrals into the reports", referralJobs::refreshReports);
    long now = System.nanoTime();
    if (recordsRefreshedAt == 0 || now - recordsRefreshedAt > RECORD_REFRESH_EVERY.toNanos()) {
      recordsRefreshedAt = now;
      job("refresh service records", referralJobs::refreshServiceRecords);
      job("forget old ended sessions", endedSessions::forgetOld);
    }
  }

  /** Runs a batch job until it finds nothing more to do. */
  private void drain(String name, IntSupplier job) {
    int done;
    do {
      done = job(name, job);
    } while (done > 0);
  }

  private int job(String name, IntSupplier job) {
    try {
      return job.getAsInt();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Scheduled job {0} failed: {1}", new Object[] {name, e.getClass()});
      return 0;
    }
  }
}
