package org.openneighbourhood.deployment.local;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A real SMTP server in this JVM that keeps every message it is sent: Keycloak's invitations and
 * the API's notifications go here in the local run and the tests, and nothing leaves the machine.
 */
public final class MailCatcher implements AutoCloseable {

  private static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>]+");

  /**
   * A message as a reader sees it: who it was for, its subject, its text and its links; with its
   * Message-ID and when it was sent, which tell one message from another.
   */
  public record Mail(String to, String subject, String body, String id, Instant sent) {

    /** One message to one recipient: the server keeps a copy in each recipient's mailbox. */
    public String key() {
      return (id == null ? subject + "|" + sent + "|" + body.hashCode() : id) + "|" + to;
    }

    public List<String> links() {
      Matcher matcher = LINK.matcher(body.replace("&amp;", "&"));
      return matcher.results().map(m -> m.group()).distinct().toList();
    }
  }

  private final GreenMail server;

  private MailCatcher(GreenMail server) {
    this.server = server;
  }

  static MailCatcher start(int port) {
    GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    return new MailCatcher(server);
  }

  public int port() {
    return server.getSmtp().getPort();
  }

  /**
   * Every message received so far, each once per recipient, in the order they were sent. (The
   * server lists them mailbox by mailbox, so its own order moves as mail arrives for someone
   * earlier in its list.)
   */
  public List<Mail> received() {
    Map<String, Mail> once = new LinkedHashMap<>();
    Arrays.stream(server.getReceivedMessages())
        .map(MailCatcher::mail)
        .forEach(mail -> once.putIfAbsent(mail.key(), mail));
    return once.values().stream()
        .sorted(Comparator.comparing(Mail::sent, Comparator.nullsFirst(Comparator.naturalOrder())))
        .toList();
  }

  /**
   * The messages not in {@code shown} yet, in the order sent, each added to it: called again and
   * again, it hands out every message exactly once.
   */
  public List<Mail> notYetIn(Set<String> shown) {
    return received().stream().filter(mail -> shown.add(mail.key())).toList();
  }

  /** Every message received so far for one address (case does not matter). */
  public List<Mail> receivedBy(String address) {
    return received().stream().filter(m -> m.to().equalsIgnoreCase(address)).toList();
  }

  private static Mail mail(MimeMessage message) {
    try {
      String to =
          Arrays.stream(message.getRecipients(Message.RecipientType.TO))
              .map(Object::toString)
              .collect(Collectors.joining(", "));
      String text = text(message);
      Date sent = message.getSentDate() != null ? message.getSentDate() : message.getReceivedDate();
      return new Mail(
          to,
          message.getSubject(),
          text == null ? "" : text,
          message.getMessageID(),
          sent == null ? null : sent.toInstant());
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("A caught message could not be read", e);
    }
  }

  /** The decoded plain text of a message (its HTML when it has no plain text). */
  private static String text(Part part) throws MessagingException, IOException {
    if (part.isMimeType("text/plain") || part.isMimeType("text/html")) {
      return (String) part.getContent();
    }
    if (part.isMimeType("multipart/*")) {
      Multipart parts = (Multipart) part.getContent();
      String html = null;
      for (int i = 0; i < parts.getCount(); i++) {
        BodyPart child = parts.getBodyPart(i);
        String text = text(child);
        if (text != null && child.isMimeType("text/plain")) {
          return text;
        }
        html = html == null ? text : html;
      }
      return html;
    }
    return null;
  }

  @Override
  public void close() {
    server.stop();
  }
}
