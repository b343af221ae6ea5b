package org.openneighbourhood.api.notification.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.openneighbourhood.api.configuration.control.Configured;
import org.openneighbourhood.api.configuration.control.Setting;
import org.openneighbourhood.api.notification.entity.PendingMail;

/**
 * Sends e-mail with Jakarta Mail to the SMTP server in configuration ({@code mail.smtp.host}). With
 * no server configured, e-mail is off: notifications wait in the outbox until one is.
 */
@ApplicationScoped
public class Mailer {

  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

  @Inject
  @Configured(Setting.MAIL_SMTP_HOST)
  Optional<String> host;

  @Inject
  @Configured(Setting.MAIL_SMTP_PORT)
  int port;

  @Inject
  @Configured(Setting.MAIL_SMTP_USERNAME)
  Optional<String> username;

  @Inject
  @Configured(Setting.MAIL_SMTP_PASSWORD)
  Optional<String> password;

  @Inject
  @Configured(Setting.MAIL_SMTP_STARTTLS)
  boolean starttls;

  @Inject
  @Configured(Setting.MAIL_FROM)
  String from;

  private Session session;

  @PostConstruct
  void open() {
    if (host.filter(h -> !h.isBlank()).isEmpty()) {
      LOG.warning("mail.smtp.host is not set: e-mail is off, notifications wait in the outbox");
      return;
    }
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host.get());
    properties.put("mail.smtp.port", String.valueOf(port));
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "10000");
    properties.put("mail.smtp.writetimeout", "10000");
    properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
    properties.put("mail.smtp.starttls.required", String.valueOf(starttls));
    Authenticator authenticator = null;
    if (username.isPresent()) {
      properties.put("mail.smtp.auth", "true");
      authenticator =
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(username.get(), password.orElse(""));
            }
          };
    }
    session = Session.getInstance(properties, authenticator);
  }

  public boolean isOn() {
    return session != null;
  }

  /** One connection to the SMTP server for a batch of messages. */
  public final class Connection implements AutoCloseable {

    private final Transport transport;

    private Connection(Transport transport) {
      this.transport = transport;
    }

    public void send(PendingMail mail) throws MessagingException {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(from, true));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
      message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
      message.setText(mail.body(), StandardCharsets.UTF_8.name());
      message.saveChanges();
      transport.sendMessage(message, message.getAllRecipients());
    }

    @Override
    public void close() throws MessagingException {
      transport.close();
    }
  }

  /** Connects to the SMTP server, for sending a batch. */
  public Connection connect() throws MessagingException {
    if (session == null) {
      throw new MessagingException("E-mail is off (mail.smtp.host is not set)");
    }
    Transport transport = session.getTransport("smtp");
    transport.connect();
    return new Connection(transport);
  }
}
