package org.openneighbourhood.api.schema.control;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A use case that changes nothing it loads ({@link ReadingOnly}): every entity it loads is
 * read-only, so Hibernate keeps no copy of its state to compare at the flush and never checks it
 * for changes, and the persistence context flushes at commit, as {@link FlushAtCommit}. What it
 * creates is still written: the audit rows of what it disclosed.
 *
 * <p>Only for a use case that is always a transaction's first (the FHIR reads, each called from its
 * resource provider alone): an entity loaded read-only stays read-only to the end of the
 * transaction, so a writing use case that called one and then changed what it loaded would have its
 * change dropped without a word.
 */
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ReadsOnly {}
