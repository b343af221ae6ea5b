package org.openneighbourhood.deployment.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The local run's web inbox: every message the product sent during the run (invitations, password
 * resets, notifications), newest first, each readable with its links, so that a tester can follow
 * an invitation from the browser. It listens on this machine's loopback address only and reads the
 * {@link MailCatcher}; nothing leaves the machine.
 */
public final class MailInbox implements AutoCloseable {

  private static final DateTimeFormatter SENT =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm:ss", Locale.UK)
          .withZone(ZoneId.of("Europe/London"));
  private static final Pattern HTML = Pattern.compile("(?is)^\\s*(<!DOCTYPE|<html|<body|<p|<div)");

  private final MailCatcher mail;
  private final HttpServer server;

  private MailInbox(MailCatcher mail, HttpServer server) {
    this.mail = mail;
    this.server = server;
  }

  /** Starts the inbox on {@code port} (any free one when that is taken). */
  public static MailInbox start(MailCatcher mail, int port) {
    try {
      HttpServer server =
          HttpServer.create(
              new InetSocketAddress(InetAddress.getLoopbackAddress(), Ports.preferred(port)), 16);
      MailInbox inbox = new MailInbox(mail, server);
      server.createContext("/", inbox::answer);
      server.start();
      return inbox;
    } catch (IOException e) {
      throw new UncheckedIOException("The local mail inbox could not start", e);
    }
  }

  public String url() {
    return "http://localhost:" + server.getAddress().getPort() + "/";
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (!exchange.getRequestMethod().equals("GET")
          && !exchange.getRequestMethod().equals("HEAD")) {
        send(exchange, 405, page("Not allowed", "<p>This inbox can only be read.</p>"));
      } else if (path.equals("/")) {
        send(exchange, 200, list(mail.received()));
      } else if (path.startsWith("/message/")) {
        Optional<MailCatcher.Mail> message = find(path.substring("/message/".length()));
        send(
            exchange,
            message.isPresent() ? 200 : 404,
            message
                .map(MailInbox::message)
                .orElseGet(
                    () ->
                        page(
                            "Message not found",
                            "<p>There is no such message. <a href=\"/\">Back to all messages</a>"
                                + "</p>")));
      } else {
        send(exchange, 404, page("Page not found", "<p><a href=\"/\">All messages</a></p>"));
      }
    }
  }

  private Optional<MailCatcher.Mail> find(String id) {
    return mail.received().stream().filter(m -> id(m).equals(id)).findFirst();
  }

  /** A message's address in the inbox: stable while other mail arrives. */
  static String id(MailCatcher.Mail message) {
    return Integer.toHexString(message.key().hashCode());
  }

  static String list(List<MailCatcher.Mail> received) {
    if (received.isEmpty()) {
      return page(
          "Mail sent by the portal",
          "<p>Nothing has been sent yet. Invitations, password resets and notifications appear"
              + " here when the portal sends them. <a href=\"/\">Look again</a></p>");
    }
    StringBuilder rows = new StringBuilder();
    for (int i = received.size() - 1; i >= 0; i--) {
      MailCatcher.Mail message = received.get(i);
      rows.append("<tr><td>")
          .append(escape(sent(message)))
          .append("</td><td>")
          .append(escape(message.to()))
          .append("</td><td><a href=\"/message/")
          .append(id(message))
          .append("\">")
          .append(escape(message.subject() == null ? "(no subject)" : message.subject()))
          .append("</a></td></tr>");
    }
    return page(
        "Mail sent by the portal",
        "<p>"
            + received.size()
            + (received.size() == 1 ? " message" : " messages")
            + ", newest first. <a href=\"/\">Look again</a> for new mail.</p>"
            + "<table><caption>Messages sent during this run</caption><thead><tr>"
            + "<th scope=\"col\">Sent</th><th scope=\"col\">To</th><th scope=\"col\">Subject</th>"
            + "</tr></thead><tbody>"
            + rows
            + "</tbody></table>");
  }

  static String message(MailCatcher.Mail message) {
    StringBuilder links = new StringBuilder();
    for (String link : message.links()) {
      links.append("<li><a href=\"").append(escape(link)).append("\">");
      links.append(escape(link)).append("</a></li>");
    }
    String body =
        HTML.matcher(message.body()).find()
            ? "<iframe title=\"The message as sent\" sandbox srcdoc=\""
                + escape(message.body())
                + "\"></iframe>"
            : "<pre>" + escape(message.body()) + "</pre>";
    return page(
        message.subject() == null ? "(no subject)" : message.subject(),
        "<p><a href=\"/\">All messages</a></p><dl><dt>To</dt><dd>"
            + escape(message.to())
            + "</dd><dt>Sent</dt><dd>"
            + escape(sent(message))
            + "</dd></dl>"
            + (links.isEmpty() ? "" : "<h2>Links in this message</h2><ul>" + links + "</ul>")
            + "<h2>The message</h2>"
            + body);
  }

  private static String sent(MailCatcher.Mail message) {
    return message.sent() == null ? "unknown" : SENT.format(message.sent());
  }

  private static String page(String title, String content) {
    return "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>"
        + escape(title)
        + " - local mail</title><style>"
        + "body{font-family:Arial,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;"
        + "line-height:1.5;color:#212b32}a{color:#005eb8}a:focus{outline:3px solid #ffeb3b;"
        + "background:#ffeb3b;color:#212b32}table{border-collapse:collapse;width:100%}"
        + "th,td{text-align:left;border-bottom:1px solid #d8dde0;padding:.5rem}"
        + "caption{text-align:left;font-weight:bold}pre{white-space:pre-wrap}"
        + "iframe{width:100%;height:30rem;border:1px solid #d8dde0}dt{font-weight:bold}"
        + "</style></head><body><main><h1>"
        + escape(title)
        + "</h1>"
        + content
        + "</main></body></html>";
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  private static void send(HttpExchange exchange, int status, String html) throws IOException {
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    exchange
        .getResponseHeaders()
        .set(
            "Content-Security-Policy",
            "default-src 'none'; " + "style-src 'unsafe-inline'; frame-src 'self'");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
