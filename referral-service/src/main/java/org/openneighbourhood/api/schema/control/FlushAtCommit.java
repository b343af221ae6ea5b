package org.openneighbourhood.api.schema.control;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A use case that reads: none of its queries needs to see a change it made, so Hibernate writes its
 * changes (its audit rows) at commit and never before a query ({@link FlushingAtCommit}). Otherwise
 * Hibernate flushes before every query, walking every entity loaded so far and each of their
 * cascades: on a list page, the largest single cost after the queries themselves (JFR,
 * deployment/BENCHMARK.md). A use case that changes what it later reads must not carry it.
 */
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface FlushAtCommit {}
