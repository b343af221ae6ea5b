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
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A real SMTP server in this JVM that keeps every message it is sent: Keycloak's invitations and
 * the API's notifications go here in the local run and the tests, and nothing leaves the machine.
 */
public final class MailCatcher implements AutoCloseable {

  private static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>]+");

  /** A message as a reader sees it: who it was for, its subject, its text and its links. */
  public record Mail(String to, String subject, String body) {

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

  /** Every message received so far, oldest first. */
  public List<Mail> received() {
    return Arrays.stream(server.getReceivedMessages()).map(MailCatcher::mail).toList();
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
      return new Mail(to, message.getSubject(), text == null ? "" : text);
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
