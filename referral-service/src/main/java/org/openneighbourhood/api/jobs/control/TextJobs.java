package org.openneighbourhood.api.jobs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openneighbourhood.api.notification.control.Outbox;
import org.openneighbourhood.api.notification.entity.Channel;
import org.openneighbourhood.api.notification.entity.PendingMail;
import org.openneighbourhood.api.texting.control.Notify;

/**
 * Sends a batch of the outbox's texts through GOV.UK Notify in one transaction that holds the
 * claimed rows, so no other instance sends them too. A text Notify accepted is marked sent; one it
 * could not take now (too many requests, an error of its own, no answer) is tried again later,
 * waiting longer each time; one it refused for good is given up on, with the reason. With texts
 * off, they wait in the outbox.
 */
@ApplicationScoped
@Transactional
public class TextJobs {

  private static final Logger LOG = Logger.getLogger(TextJobs.class.getName());

  @Inject Outbox outbox;
  @Inject Notify notify;
  @Inject Clock clock;

  public int sendDue() {
    if (!notify.isOn()) {
      return 0;
    }
    List<PendingMail> due = outbox.claim(Channel.TEXT, Instant.now(clock), ReferralJobs.BATCH);
    int sent = 0;
    for (PendingMail text : due) {
      try {
        notify.send(text.recipient(), text.body(), text.id());
        outbox.sent(text, Instant.now(clock));
        sent++;
      } catch (Notify.Refused e) {
        LOG.log(
            Level.WARNING, "Notify refused {0} for good: {1}", new Object[] {text, e.getMessage()});
        outbox.gaveUp(text, e.getMessage(), Instant.now(clock));
      } catch (IOException | RuntimeException e) {
        // The class and Notify's status only: the number and the words stay out of logs.
        String reason = e instanceof IOException ? e.getMessage() : e.getClass().getName();
        LOG.log(Level.WARNING, "Sending {0} failed: {1}", new Object[] {text, reason});
        outbox.failed(text, reason == null ? e.getClass().getName() : reason, Instant.now(clock));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        outbox.failed(text, "interrupted", Instant.now(clock));
        break;
      }
    }
    return sent;
  }
}
