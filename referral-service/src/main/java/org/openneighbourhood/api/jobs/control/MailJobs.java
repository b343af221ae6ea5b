package org.openneighbourhood.api.jobs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openneighbourhood.api.notification.control.Mailer;
import org.openneighbourhood.api.notification.control.Outbox;
import org.openneighbourhood.api.notification.entity.Channel;
import org.openneighbourhood.api.notification.entity.PendingMail;

/**
 * Sends a batch of the outbox in one transaction that holds the claimed rows, so no other instance
 * sends them too. A message the SMTP server accepted is marked sent; one it refused is tried again
 * later. (If the database fails after the server accepted, that message may go twice: SMTP gives no
 * way to take part in the transaction.)
 */
@ApplicationScoped
@Transactional
public class MailJobs {

  private static final Logger LOG = Logger.getLogger(MailJobs.class.getName());

  @Inject Outbox outbox;
  @Inject Mailer mailer;
  @Inject Clock clock;

  public int sendDue() {
    if (!mailer.isOn()) {
      return 0;
    }
    Instant now = Instant.now(clock);
    List<PendingMail> due = outbox.claim(Channel.EMAIL, now, ReferralJobs.BATCH);
    if (due.isEmpty()) {
      return 0;
    }
    int sent = 0;
    try (Mailer.Connection connection = mailer.connect()) {
      for (PendingMail mail : due) {
        try {
          connection.send(mail);
          outbox.sent(mail, Instant.now(clock));
          sent++;
        } catch (MessagingException | RuntimeException e) {
          failed(mail, e);
        }
      }
    } catch (MessagingException cannotConnect) {
      for (PendingMail mail : due.subList(sent, due.size())) {
        failed(mail, cannotConnect);
      }
    }
    return sent;
  }

  private void failed(PendingMail mail, Exception e) {
    // The class of the failure only: the message or recipient could hold personal details.
    LOG.log(Level.WARNING, "Sending {0} failed: {1}", new Object[] {mail, e.getClass()});
    outbox.failed(mail, e.getClass().getName(), Instant.now(clock));
  }
}
