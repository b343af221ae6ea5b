package org.openneighbourhood.api.identity.control;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** Reads the claims Keycloak puts in our tokens, in whichever JSON shape they arrive. */
public final class TokenClaims {

  private TokenClaims() {}

  public static String displayName(Object name, Object preferredUsername, String fallback) {
    String display = text(name);
    if (display == null || display.isBlank()) {
      display = text(preferredUsername);
    }
    return display == null || display.isBlank() ? fallback : display;
  }

  public static String text(Object claim) {
    if (claim == null) {
      return null;
    }
    if (claim instanceof JsonString string) {
      return string.getString();
    }
    if (claim instanceof JsonValue value) {
      return value.getValueType() == JsonValue.ValueType.NULL ? null : value.toString();
    }
    return claim.toString();
  }
}
