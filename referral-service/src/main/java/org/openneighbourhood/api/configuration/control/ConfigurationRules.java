package org.openneighbourhood.api.configuration.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** What a usable configuration looks like; each finding names the key and says why. */
public final class ConfigurationRules {

  private ConfigurationRules() {}

  public static List<String> problems(Function<Setting, Optional<String>> values) {
    List<String> problems = new ArrayList<>();
    String dbUrl = values.apply(Setting.DB_URL).map(String::strip).orElse("");
    if (dbUrl.isEmpty()) {
      problems.add(
          Setting.DB_URL.key() + " is missing: set the JDBC URL of the PostgreSQL database");
    } else if (!dbUrl.startsWith("jdbc:postgresql:")) {
      problems.add(Setting.DB_URL.key() + " must be a PostgreSQL JDBC URL (jdbc:postgresql://...)");
    }
    if (values.apply(Setting.DB_USER).map(String::isBlank).orElse(true)) {
      problems.add(Setting.DB_USER.key() + " is missing: set the database user");
    }
    if (values.apply(Setting.DB_PASSWORD).isEmpty()) {
      problems.add(Setting.DB_PASSWORD.key() + " is missing: set the database password");
    }
    String issuer = values.apply(Setting.JWT_ISSUER).map(String::strip).orElse("");
    if (!isUrl(issuer, Set.of("http", "https"))) {
      problems.add(
          Setting.JWT_ISSUER.key() + " must be the http(s) URL of the token issuer (the realm)");
    } else if (KeycloakLocation.of(Optional.of(issuer), Optional.empty()).isEmpty()) {
      problems.add(
          Setting.JWT_ISSUER.key()
              + " must be a Keycloak realm URL (https://<keycloak>/realms/<realm>)");
    }
    String keycloak = values.apply(Setting.KEYCLOAK_URL).map(String::strip).orElse("");
    if (!keycloak.isEmpty() && !isUrl(keycloak, Set.of("http", "https"))) {
      problems.add(
          Setting.KEYCLOAK_URL.key()
              + " must be the http(s) URL of Keycloak as the API reaches it, or be left unset");
    }
    if (values.apply(Setting.KEYCLOAK_CLIENT_SECRET).map(String::isBlank).orElse(true)) {
      problems.add(
          Setting.KEYCLOAK_CLIENT_SECRET.key()
              + " is missing: set the secret of the API's service account client in Keycloak");
    }
    String portal = values.apply(Setting.PORTAL_URL).map(String::strip).orElse("");
    if (!isUrl(portal, Set.of("http", "https"))) {
      problems.add(
          Setting.PORTAL_URL.key()
              + " must be the http(s) URL of the portal (invitation e-mails link to it)");
    }
    boolean inlineKey = values.apply(Setting.JWT_PUBLIC_KEY).map(k -> !k.isBlank()).orElse(false);
    String keys = values.apply(Setting.JWT_PUBLIC_KEY_LOCATION).map(String::strip).orElse("");
    if (!inlineKey && !isUrl(keys, Set.of("http", "https", "file"))) {
      problems.add(
          Setting.JWT_PUBLIC_KEY_LOCATION.key()
              + " must be the http(s) or file URL of the issuer's keys (JWKS)");
    }
    if (values.apply(Setting.JWT_AUDIENCES).map(String::isBlank).orElse(true)) {
      problems.add(Setting.JWT_AUDIENCES.key() + " is missing: set the audience tokens must carry");
    }
    wholeNumber(values, Setting.MAIL_SMTP_PORT, 1, 65_535, "the SMTP server's port", problems);
    notify(values, problems);
    try {
      PartnerEndpoints endpoints =
          PartnerEndpoints.parse(values.apply(Setting.BARS_ENDPOINTS).orElse(""));
      try {
        PartnerCredentials.parse(
            values.apply(Setting.BARS_TOKEN_URLS).orElse(""),
            values.apply(Setting.BARS_CREDENTIALS).orElse(""),
            endpoints);
      } catch (IllegalArgumentException badCredentials) {
        problems.add(badCredentials.getMessage());
      }
    } catch (IllegalArgumentException badList) {
      problems.add(Setting.BARS_ENDPOINTS.key() + " " + badList.getMessage());
    }
    wholeNumber(
        values,
        Setting.BARS_RETENTION_DAYS,
        1,
        3650,
        "days a delivered BaRS status update is kept before it is deleted",
        problems);
    wholeNumber(
        values,
        Setting.BARS_GIVEN_UP_RETENTION_DAYS,
        1,
        3650,
        "days a BaRS status update given up on is kept before it is deleted",
        problems);
    wholeNumber(
        values,
        Setting.REMINDER_WORKING_DAYS,
        0,
        20,
        "working days before a deadline that receivers are reminded (0 for none)",
        problems);
    wholeNumber(
        values,
        Setting.PLAN_REVIEW_REMINDER_DAYS,
        0,
        90,
        "days before a plan's review that its owner and the person are reminded",
        problems);
    wholeNumber(
        values,
        Setting.SCHEDULER_INTERVAL_SECONDS,
        1,
        3600,
        "seconds between runs of the scheduled work",
        problems);
    wholeNumber(
        values,
        Setting.DIRECTORY_CONFIRM_EVERY_MONTHS,
        1,
        24,
        "months a directory entry may go unconfirmed before it is flagged as maybe stopped",
        problems);
    wholeNumber(
        values,
        Setting.MEMBERSHIP_CACHE_SECONDS,
        0,
        60,
        "seconds an instance trusts what Keycloak said of a user's organisations (a change made"
            + " in Keycloak's console takes effect within it)",
        problems);
    wholeNumber(
        values,
        Setting.REPORTING_SUPPRESSION_THRESHOLD,
        2,
        100,
        "the smallest count of referrals a commissioner's report shows (smaller ones, from 1, are"
            + " shown as fewer than it)",
        problems);
    wholeNumber(
        values,
        Setting.MAX_BODY_BYTES,
        1024,
        100 * 1024 * 1024,
        "bytes a request body may have; a larger one is refused with 413",
        problems);
    wholeNumber(
        values,
        Setting.MAX_REQUESTS_IN_PROGRESS,
        1,
        10_000,
        "requests the API works on at once; more wait for a place or are refused with 503",
        problems);
    wholeNumber(
        values,
        Setting.REPORTING_CATCH_UP_WAIT_MS,
        0,
        60_000,
        "milliseconds a report waits for another instance's round of counting before it answers"
            + " without the changes since the last round, and says so",
        problems);
    wholeNumber(
        values,
        Setting.REPORTING_CATCH_UP_MOST,
        0,
        1_000_000,
        "changes a report counts itself before it is read (more are left to the scheduler's round,"
            + " and the report says so)",
        problems);
    wholeNumber(
        values,
        Setting.OVERLOAD_WAIT_MS,
        0,
        60_000,
        "milliseconds a request waits for a place before it is refused with 503 overloaded",
        problems);
    for (Setting flag :
        List.of(Setting.MAIL_SMTP_STARTTLS, Setting.DEMO_DATA, Setting.DB_THROWAWAY)) {
      String value = values.apply(flag).map(String::strip).orElse("false");
      if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
        problems.add(flag.key() + " must be true or false");
      }
    }
    return problems;
  }

  private static final String UUID_TEXT = "[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}";

  /**
   * GOV.UK Notify: off without a key; with one, the key, the template and the URL must be right.
   */
  private static void notify(Function<Setting, Optional<String>> values, List<String> problems) {
    String key = values.apply(Setting.NOTIFY_API_KEY).map(String::strip).orElse("");
    if (key.isEmpty()) {
      return;
    }
    if (!key.matches(".+-" + UUID_TEXT + "-" + UUID_TEXT)) {
      problems.add(
          Setting.NOTIFY_API_KEY.key()
              + " must be a GOV.UK Notify API key (its name, the service id and the secret, as"
              + " Notify shows it), or be left unset for no text messages");
    }
    String template = values.apply(Setting.NOTIFY_TEMPLATE_ID).map(String::strip).orElse("");
    if (!template.matches(UUID_TEXT)) {
      problems.add(
          Setting.NOTIFY_TEMPLATE_ID.key()
              + " must be the id of the Notify text template whose whole content is ((message))");
    }
    String url =
        values
            .apply(Setting.NOTIFY_URL)
            .or(Setting.NOTIFY_URL::defaultValue)
            .map(String::strip)
            .orElse("");
    if (!isUrl(url, Set.of("http", "https"))) {
      problems.add(Setting.NOTIFY_URL.key() + " must be the http(s) URL of Notify's API");
    }
  }

  /** An optional key that, when set, must be a whole number from {@code min} to {@code max}. */
  private static void wholeNumber(
      Function<Setting, Optional<String>> values,
      Setting setting,
      int min,
      int max,
      String meaning,
      List<String> problems) {
    Optional<String> value = values.apply(setting).map(String::strip).filter(v -> !v.isEmpty());
    if (value.isEmpty()) {
      return;
    }
    try {
      int number = Integer.parseInt(value.get());
      if (number >= min && number <= max) {
        return;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    problems.add(
        setting.key() + " must be a whole number from " + min + " to " + max + ": " + meaning);
  }

  private static boolean isUrl(String value, Set<String> schemes) {
    if (value.isEmpty()) {
      return false;
    }
    try {
      URI uri = new URI(value);
      return uri.getScheme() != null
          && schemes.contains(uri.getScheme().toLowerCase())
          && (uri.getScheme().equalsIgnoreCase("file") || uri.getHost() != null);
    } catch (URISyntaxException notAUri) {
      return false;
    }
  }
}
