package org.openneighbourhood.api.access.entity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The operation of the access policy an API endpoint performs. Every resource method carries one; a
 * build test fails for a method without it or an operation without a row in the table.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Guarded {
  Operation value();
}
