package org.openneighbourhood.deployment.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The local run prints each message the product sends once, in the order sent (./run's mail
 * printout once repeated some and left others out: the server lists mail mailbox by mailbox).
 */
class MailCatcherTest {

  private static void send(int port, long sentAtSecond, String subject, String... to)
      throws MessagingException {
    Properties settings = new Properties();
    settings.put("mail.smtp.host", "127.0.0.1");
    settings.put("mail.smtp.port", Integer.toString(port));
    MimeMessage message = new MimeMessage(Session.getInstance(settings));
    message.setFrom(new InternetAddress("no-reply@neighbourhood.example"));
    for (String address : to) {
      message.addRecipient(Message.RecipientType.TO, new InternetAddress(address));
    }
    message.setSubject(subject);
    message.setText("See http://localhost:8080/inbox/index.xhtml");
    message.setSentDate(new Date(sentAtSecond * 1000));
    Transport.send(message);
  }

  /** What ./run's printout shows after each poll: the messages not shown before. */
  private static List<String> poll(MailCatcher mail, Set<String> shown) {
    return mail.notYetIn(shown).stream().map(m -> m.to() + ": " + m.subject()).toList();
  }

  @Test
  void eachMessageIsListedOnceInTheOrderSentWhateverMailboxItLandsIn() throws Exception {
    try (MailCatcher mail = MailCatcher.start(Ports.free())) {
      Set<String> shown = new HashSet<>();
      send(mail.port(), 1_000, "Invitation", "zoe@example.org");
      send(mail.port(), 1_001, "New referral", "referrals@green-minds.example");
      assertEquals(
          List.of("zoe@example.org: Invitation", "referrals@green-minds.example: New referral"),
          poll(mail, shown));

      // Mail for someone listed before the others (a mailbox created earlier, an address sorted
      // first) arrives after them: nothing shown again, nothing left out.
      send(mail.port(), 1_002, "Your referral was accepted", "pat@example.org");
      send(mail.port(), 1_003, "Reminder", "referrals@green-minds.example", "zoe@example.org");
      send(mail.port(), 1_004, "Second invitation", "zoe@example.org");
      assertEquals(
          List.of(
              "pat@example.org: Your referral was accepted",
              "referrals@green-minds.example, zoe@example.org: Reminder",
              "zoe@example.org: Second invitation"),
          poll(mail, shown));
      assertEquals(List.of(), poll(mail, shown), "nothing twice");
      assertEquals(5, mail.received().size(), "a message to two people is one message");
    }
  }
}
