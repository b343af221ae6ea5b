package org.openneighbourhood.deployment.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** ./run's web inbox lists what the portal sent, newest first, and shows each message safely. */
class MailInboxTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Pattern MESSAGE_LINK = Pattern.compile("href=\"(/message/[0-9a-f]+)\"");

  private static void send(int port, long sentAtSecond, String subject, String body, String type)
      throws Exception {
    Properties settings = new Properties();
    settings.put("mail.smtp.host", "127.0.0.1");
    settings.put("mail.smtp.port", Integer.toString(port));
    MimeMessage message = new MimeMessage(Session.getInstance(settings));
    message.setFrom(new InternetAddress("no-reply@neighbourhood.example"));
    message.addRecipient(Message.RecipientType.TO, new InternetAddress("zoe@example.org"));
    message.setSubject(subject);
    message.setText(body, "UTF-8", type);
    message.setSentDate(new Date(sentAtSecond * 1000));
    Transport.send(message);
  }

  private static HttpResponse<String> get(MailInbox inbox, String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(inbox.url()).resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void listsMessagesNewestFirstAndShowsEachWithItsLinks() throws Exception {
    try (MailCatcher mail = MailCatcher.start(Ports.free());
        MailInbox inbox = MailInbox.start(mail, 0)) {
      assertTrue(get(inbox, "/").body().contains("Nothing has been sent yet"));

      send(
          mail.port(),
          1_000,
          "Set your password",
          "Set it here: http://localhost:8180/realms/x/login-actions/action-token?key=a&b=c",
          "plain");
      send(
          mail.port(),
          1_060,
          "New referral <script>alert(1)</script>",
          "<p>See <a href=\"http://localhost:8080/inbox/\">the inbox</a></p>"
              + "<script>alert(2)</script>",
          "html");

      HttpResponse<String> list = get(inbox, "/");
      assertEquals(200, list.statusCode());
      assertTrue(list.body().contains("2 messages, newest first"));
      assertTrue(
          list.body().indexOf("New referral") < list.body().indexOf("Set your password"),
          "newest first");
      assertFalse(list.body().contains("<script>"), "a subject is text, never markup");

      Matcher links = MESSAGE_LINK.matcher(list.body());
      assertTrue(links.find());
      HttpResponse<String> html = get(inbox, links.group(1));
      assertEquals(200, html.statusCode());
      assertTrue(html.body().contains("<iframe title=\"The message as sent\" sandbox srcdoc="));
      assertFalse(html.body().contains("<script>"), "an HTML message is shown sandboxed, escaped");
      assertTrue(html.body().contains("<a href=\"http://localhost:8080/inbox/\">"));
      assertTrue(
          html.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src"));

      assertTrue(links.find());
      HttpResponse<String> text = get(inbox, links.group(1));
      assertTrue(text.body().contains("<pre>Set it here: http://localhost:8180"));
      assertTrue(
          text.body()
              .contains(
                  "<a href=\"http://localhost:8180/realms/x/login-actions/action-token?key=a&amp;b=c\">"),
          "the link, to follow from the browser");

      assertEquals(404, get(inbox, "/message/nosuch").statusCode());
      assertEquals(404, get(inbox, "/elsewhere").statusCode());
    }
  }
}
