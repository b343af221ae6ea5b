package org.openneighbourhood.portal.api;

import java.io.Serializable;

/** One entry of a problem's errors list; field is the API's JSON property name. */
public record FieldError(String field, String message) implements Serializable {}
