package org.openneighbourhood.api.configuration.control;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Every configuration key this war reads. Defaults for the local run are in
 * META-INF/microprofile-config.properties; production sets them as environment variables (DB_URL
 * for db.url, MP_JWT_VERIFY_ISSUER for mp.jwt.verify.issuer, ...).
 */
public enum Setting {
  DB_URL("db.url"),
  DB_USER("db.user"),
  DB_PASSWORD("db.password"),
  DB_THROWAWAY("db.throwaway"),
  JWT_ISSUER("mp.jwt.verify.issuer"),
  JWT_PUBLIC_KEY_LOCATION("mp.jwt.verify.publickey.location"),
  JWT_PUBLIC_KEY("mp.jwt.verify.publickey"),
  JWT_AUDIENCES("mp.jwt.verify.audiences"),
  DEMO_DATA("neighbourhood.demo-data"),
  KEYCLOAK_URL("keycloak.url"),
  KEYCLOAK_CLIENT_ID("keycloak.client-id"),
  KEYCLOAK_CLIENT_SECRET("keycloak.client-secret"),
  PORTAL_URL("portal.url"),
  PORTAL_CLIENT_ID("portal.client-id"),
  MAIL_SMTP_HOST("mail.smtp.host"),
  MAIL_SMTP_PORT("mail.smtp.port"),
  MAIL_SMTP_USERNAME("mail.smtp.username"),
  MAIL_SMTP_PASSWORD("mail.smtp.password"),
  MAIL_SMTP_STARTTLS("mail.smtp.starttls"),
  MAIL_FROM("mail.from"),
  REMINDER_WORKING_DAYS("referral.reminder-working-days"),
  PLAN_REVIEW_REMINDER_DAYS("plan.review-reminder-days"),
  SCHEDULER_INTERVAL_SECONDS("scheduler.interval-seconds"),
  CLOCK_OFFSET_FILE("clock.offset-file"),
  DIRECTORY_CONFIRM_EVERY_MONTHS("directory.confirm-every-months"),
  MEMBERSHIP_CACHE_SECONDS("identity.membership-cache-seconds"),
  MAX_BODY_BYTES("api.max-body-bytes"),
  MAX_REQUESTS_IN_PROGRESS("api.max-requests-in-progress"),
  OVERLOAD_WAIT_MS("api.overload-wait-ms");

  private final String key;

  Setting(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public Optional<String> lookup(Config config) {
    return config.getOptionalValue(key, String.class);
  }

  public boolean isEnabled(Config config) {
    return lookup(config).map(value -> Boolean.parseBoolean(value.strip())).orElse(false);
  }
}
