package org.openneighbourhood.api.http.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a resource method answers when that is more than its return type says (a {@code Response}
 * with a body, a status other than 200, a page of rows): the OpenAPI document's responses for it
 * are written from this (application/boundary/ApiDocument).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Answers {

  /** The body's type (each row's, for a page). */
  Class<?> value();

  /** The status of a first, successful request: 200, or 201 when it made something. */
  int status() default 200;

  /**
   * A retry with the same Idempotency-Key answers 200 with the body the first request's answer had.
   */
  boolean retry() default false;

  /** The body is one page of rows, its paging in X-Total-Count and Link rel next/prev. */
  boolean page() default false;

  /** What the answer means; by default, said from the status and the body's type. */
  String description() default "";
}
