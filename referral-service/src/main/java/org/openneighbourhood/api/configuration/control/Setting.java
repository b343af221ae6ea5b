package org.openneighbourhood.api.configuration.control;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Every configuration key this war reads. Defaults for the local run are in
 * META-INF/microprofile-config.properties; production sets them as environment variables (DB_URL
 * for db.url, MP_JWT_VERIFY_ISSUER for mp.jwt.verify.issuer, ...).
 */
public enum Setting {
  DB_URL("db.url", null),
  DB_USER("db.user", null),
  DB_PASSWORD("db.password", null),
  DB_THROWAWAY("db.throwaway", "false"),
  JWT_ISSUER("mp.jwt.verify.issuer", null),
  JWT_PUBLIC_KEY_LOCATION("mp.jwt.verify.publickey.location", null),
  JWT_PUBLIC_KEY("mp.jwt.verify.publickey", null),
  JWT_AUDIENCES("mp.jwt.verify.audiences", null),
  DEMO_DATA("neighbourhood.demo-data", "false"),
  KEYCLOAK_URL("keycloak.url", null),
  KEYCLOAK_CLIENT_ID("keycloak.client-id", "referral-service"),
  KEYCLOAK_CLIENT_SECRET("keycloak.client-secret", null),
  PORTAL_URL("portal.url", "http://localhost:8080"),
  PORTAL_CLIENT_ID("portal.client-id", "portal-web"),
  MAIL_SMTP_HOST("mail.smtp.host", null),
  MAIL_SMTP_PORT("mail.smtp.port", "25"),
  MAIL_SMTP_USERNAME("mail.smtp.username", null),
  MAIL_SMTP_PASSWORD("mail.smtp.password", null),
  MAIL_SMTP_STARTTLS("mail.smtp.starttls", "false"),
  MAIL_FROM("mail.from", "no-reply@neighbourhood.example"),
  NOTIFY_API_KEY("notify.api-key", null),
  NOTIFY_TEMPLATE_ID("notify.template-id", null),
  NOTIFY_URL("notify.url", "https://api.notifications.service.gov.uk"),
  REMINDER_WORKING_DAYS("referral.reminder-working-days", "2"),
  PLAN_REVIEW_REMINDER_DAYS("plan.review-reminder-days", "7"),
  SCHEDULER_INTERVAL_SECONDS("scheduler.interval-seconds", "60"),
  CLOCK_OFFSET_FILE("clock.offset-file", null),
  DIRECTORY_CONFIRM_EVERY_MONTHS("directory.confirm-every-months", "6"),
  MEMBERSHIP_CACHE_SECONDS("identity.membership-cache-seconds", "30"),
  MAX_BODY_BYTES("api.max-body-bytes", "1048576"),
  MAX_REQUESTS_IN_PROGRESS("api.max-requests-in-progress", "32"),
  OVERLOAD_WAIT_MS("api.overload-wait-ms", "5000"),
  REPORTING_SUPPRESSION_THRESHOLD("reporting.suppression-threshold", "8"),
  REPORTING_CATCH_UP_WAIT_MS("reporting.catch-up-wait-ms", "2000"),
  REPORTING_CATCH_UP_MOST("reporting.catch-up-most", "5000"),
  BARS_ENDPOINTS("bars.endpoints", null),
  BARS_TOKEN_URLS("bars.token-urls", null),
  BARS_CREDENTIALS("bars.credentials", null),
  BARS_RETENTION_DAYS("bars.retention-days", "30"),
  BARS_GIVEN_UP_RETENTION_DAYS("bars.given-up-retention-days", "90");

  private final String key;
  private final String defaultValue;

  /**
   * @param defaultValue the value when none is configured, declared here only (the configuration
   *     table in deployment/README.md says the same, and SettingTableTest checks it); null when
   *     there is none
   */
  Setting(String key, String defaultValue) {
    this.key = key;
    this.defaultValue = defaultValue;
  }

  public String key() {
    return key;
  }

  /** The value when none is configured. */
  public Optional<String> defaultValue() {
    return Optional.ofNullable(defaultValue);
  }

  /** What is configured, without the default (for checking what an operator set). */
  public Optional<String> lookup(Config config) {
    return config.getOptionalValue(key, String.class);
  }

  /** What is configured, else the default. */
  public Optional<String> value(Config config) {
    return lookup(config).or(this::defaultValue).map(String::strip);
  }

  /** A whole number (checked at start by {@link ConfigurationRules}). */
  public int wholeNumber(Config config) {
    return Integer.parseInt(
        value(config).orElseThrow(() -> new IllegalStateException(key + " is not set")));
  }

  public boolean isEnabled(Config config) {
    return value(config).map(Boolean::parseBoolean).orElse(false);
  }
}
