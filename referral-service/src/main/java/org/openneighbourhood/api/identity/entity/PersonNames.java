package org.openneighbourhood.api.identity.entity;

/**
 * What a staff member's first or last name may hold: Keycloak refuses a name with any of the
 * characters its person-name validator prohibits, and that refusal would reach the caller as
 * "Keycloak unavailable". Checked first, it is a field error instead.
 */
public final class PersonNames {

  /** Keycloak's person-name-prohibited-characters, as a pattern the whole name must match. */
  public static final String ALLOWED = "[^<>&\"$%!#?§;*~/\\\\|^=\\[\\]{}()]*";

  public static final String MESSAGE =
      "A name cannot contain any of < > & \" $ % ! # ? § ; * ~ / \\ | ^ = [ ] { } ( )";

  private PersonNames() {}
}
