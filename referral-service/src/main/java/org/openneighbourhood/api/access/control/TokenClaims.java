package org.openneighbourhood.api.access.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Reads the claims Keycloak puts in our tokens, in whichever JSON shape they arrive. */
public final class TokenClaims {

  private TokenClaims() {}

  /**
   * Keycloak writes {@code organization} as an array of aliases, or as an object keyed by alias
   * when the organisation's attributes are included; both are accepted.
   */
  public static List<String> organisationAliases(Object claim) {
    List<String> aliases = new ArrayList<>();
    if (claim instanceof JsonArray array) {
      array.forEach(value -> add(aliases, text(value)));
    } else if (claim instanceof JsonObject object) {
      aliases.addAll(object.keySet());
    } else if (claim instanceof Map<?, ?> map) {
      map.keySet().forEach(key -> add(aliases, String.valueOf(key)));
    } else if (claim instanceof Collection<?> collection) {
      collection.forEach(value -> add(aliases, text(value)));
    } else {
      add(aliases, text(claim));
    }
    return aliases.stream().distinct().toList();
  }

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

  private static void add(List<String> aliases, String alias) {
    if (alias != null && !alias.isBlank()) {
      aliases.add(alias.strip());
    }
  }
}
