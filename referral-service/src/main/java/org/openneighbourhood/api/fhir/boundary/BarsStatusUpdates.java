package org.openneighbourhood.api.fhir.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import org.openneighbourhood.api.configuration.control.Configured;
import org.openneighbourhood.api.configuration.control.Setting;
import org.openneighbourhood.api.fhir.control.BarsBundles;
import org.openneighbourhood.api.fhir.control.BarsMessageLog;
import org.openneighbourhood.api.fhir.control.Fhir;
import org.openneighbourhood.api.notification.control.Outbox;
import org.openneighbourhood.api.notification.entity.Channel;
import org.openneighbourhood.api.notification.entity.Notice;
import org.openneighbourhood.api.referral.control.ReferralRepository;
import org.openneighbourhood.api.referral.entity.Referral;
import org.openneighbourhood.api.referral.entity.ReferralChanged;
import org.openneighbourhood.api.referral.entity.ReferralStatus;

/**
 * When a referral that a partner system sent as a BaRS message changes in a way the sender has to
 * act on (the service accepted, waitlisted, declined, started or completed it; the person did not
 * take it up or withdrew it; nobody answered by the deadline), the update for that system goes into
 * the outbox in the same transaction as the change: one per change (its event key; the lifecycle
 * reaches each status at most once), with its own message id in the Bundle, so that however often
 * the sender ({@code jobs}) has to try, the partner can tell it is the same message. Being marked
 * seen is not sent (nothing for the sender to do), nor entered in error (only the sender can).
 */
@ApplicationScoped
public class BarsStatusUpdates {

  /** The changes a sending system is told of. */
  static final Set<ReferralStatus> TOLD =
      EnumSet.of(
          ReferralStatus.ACCEPTED,
          ReferralStatus.WAITLISTED,
          ReferralStatus.DECLINED,
          ReferralStatus.IN_PROGRESS,
          ReferralStatus.COMPLETED,
          ReferralStatus.DID_NOT_ENGAGE,
          ReferralStatus.WITHDRAWN,
          ReferralStatus.EXPIRED);

  @Inject BarsMessageLog log;
  @Inject ReferralRepository referrals;
  @Inject Outbox outbox;

  /**
   * Not {@link BarsInbox#endpoint}: that use case is audited, and needs a caller a scheduled job
   * (expiring a referral) does not have.
   */
  @Inject
  @Configured(Setting.PORTAL_URL)
  String portalUrl;

  void changed(@Observes ReferralChanged change) {
    if (!TOLD.contains(change.status())) {
      return;
    }
    log.forReferral(change.referralId())
        .ifPresent(
            received -> {
              Referral referral = referrals.find(change.referralId()).orElseThrow();
              String bundle =
                  Fhir.context()
                      .newJsonParser()
                      .encodeResourceToString(
                          BarsBundles.statusUpdate(
                              referral,
                              received.messageId(),
                              received.senderReference(),
                              BarsInbox.endpointAt(portalUrl),
                              change.at()));
              outbox.add(
                  new Notice(
                      Channel.BARS,
                      "bars:" + referral.id() + ":" + change.status().name().toLowerCase(),
                      received.sender(),
                      "",
                      bundle,
                      referral.id()),
                  change.at());
            });
  }
}
