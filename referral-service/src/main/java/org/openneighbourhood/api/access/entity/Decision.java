package org.openneighbourhood.api.access.entity;

/** The answer of the access policy, from the most closed to the most open. */
public enum Decision {
  DENY,
  MASKED,
  ALLOW;

  public static Decision parse(String cell) {
    return switch (cell.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "allow" -> ALLOW;
      case "masked" -> MASKED;
      case "deny" -> DENY;
      default -> throw new IllegalArgumentException("Not a decision: '" + cell.strip() + "'");
    };
  }

  public Decision mostOpen(Decision other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
