package org.openneighbourhood.api.texting.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openneighbourhood.api.configuration.control.Configured;
import org.openneighbourhood.api.configuration.control.Setting;
import org.openneighbourhood.api.texting.entity.NotifyKey;

/**
 * Sends text messages through GOV.UK Notify ({@code POST /v2/notifications/sms}) with the key and
 * the template in configuration. With no key configured, texts are off: nobody is offered them, and
 * texts already chosen wait in the outbox until a key is set.
 *
 * <p>Notify's own Java client is not used: it sets no connection or read timeout (a Notify that
 * stops answering would hold the sending transaction and its locked rows for ever), and it brings
 * org.json, jose4j, Apache HttpClient 4 and commons-io into the war for one POST. This is that POST
 * with Java's HTTP client, a timeout, and the token Notify documents.
 */
@ApplicationScoped
public class Notify {

  private static final Logger LOG = Logger.getLogger(Notify.class.getName());
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final Pattern ERROR = Pattern.compile("\"error\"\\s*:\\s*\"(\\w{1,60})\"");

  /** Notify refused the text for good: sending it again would be refused again. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String reason) {
      super(reason);
    }
  }

  @Inject
  @Configured(Setting.NOTIFY_API_KEY)
  Optional<String> apiKey;

  @Inject
  @Configured(Setting.NOTIFY_TEMPLATE_ID)
  Optional<String> templateId;

  @Inject
  @Configured(Setting.NOTIFY_URL)
  String url;

  private NotifyKey key;
  private HttpClient http;

  @PostConstruct
  void open() {
    if (apiKey.filter(k -> !k.isBlank()).isEmpty()) {
      LOG.warning(
          "notify.api-key is not set: text messages are off; nobody is offered them, and texts"
              + " already chosen wait in the outbox, not sent");
      return;
    }
    key = NotifyKey.parse(apiKey.get());
    http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  }

  /** Whether texts can be sent, so offered. */
  public boolean isOn() {
    return key != null;
  }

  /**
   * Sends one text to a number in international form, with the outbox's id as Notify's reference.
   *
   * @throws Refused when Notify refuses it for good (400: a number it will not text, a template
   *     that does not fit)
   * @throws IOException when it may go later (429 too many, 403 a key being changed, 5xx, no
   *     answer)
   */
  public void send(String phoneNumber, String words, UUID reference)
      throws Refused, IOException, InterruptedException {
    if (key == null) {
      throw new IOException("Texts are off (notify.api-key is not set)");
    }
    String body =
        Json.createObjectBuilder()
            .add("phone_number", phoneNumber)
            .add("template_id", templateId.orElse("").strip())
            .add("personalisation", Json.createObjectBuilder().add("message", words))
            .add("reference", reference.toString())
            .build()
            .toString();
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(url.strip().replaceAll("/+$", "") + "/v2/notifications/sms"))
            .timeout(TIMEOUT)
            // The real time, not the application's clock (which tests move): Notify checks it.
            .header("Authorization", "Bearer " + key.token(Instant.now()))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    int status = response.statusCode();
    if (status == 201 || status == 200) {
      return;
    }
    // The status and Notify's error class only: its message may quote the number.
    String reason = "Notify " + status + errorOf(response.body());
    if (status == 400) {
      throw new Refused(reason);
    }
    throw new IOException(reason);
  }

  private static String errorOf(String body) {
    Matcher error = ERROR.matcher(body == null ? "" : body);
    return error.find() ? " " + error.group(1) : "";
  }
}
