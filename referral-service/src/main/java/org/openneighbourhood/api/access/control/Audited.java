package org.openneighbourhood.api.access.control;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A use case whose disclosures are audited when it completes ({@link AuditedUseCases}): every
 * access the policy allowed it, unmasked, writes one row for what it was about, unless the use case
 * named the records itself ({@link Access#record}). Every use case that asks the policy about a
 * person or a referral carries it; {@code AuditedUseCasesTest} checks that none is left out.
 */
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Audited {}
