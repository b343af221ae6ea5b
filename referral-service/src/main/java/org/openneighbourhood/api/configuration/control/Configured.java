package org.openneighbourhood.api.configuration.control;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.Nonbinding;
import jakarta.inject.Qualifier;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Injects a setting's value, configured or its one declared default:
 * {@code @Inject @Configured(Setting.PLAN_REVIEW_REMINDER_DAYS) int days;} ({@link
 * ConfiguredValues} produces {@code int}, {@code boolean}, {@code String} and {@code
 * Optional<String>}).
 */
@Qualifier
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER})
public @interface Configured {

  @Nonbinding
  Setting value();
}
