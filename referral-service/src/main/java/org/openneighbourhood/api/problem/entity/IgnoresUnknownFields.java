package org.openneighbourhood.api.problem.entity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a request body type that is a document published by someone else (GOV.UK's bank holidays) and
 * read only in part: fields it does not have are ignored instead of refused, so the document can
 * grow without breaking the upload. Every other body refuses a field it does not know.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface IgnoresUnknownFields {}
