package org.openneighbourhood.api.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.access.entity.Role;
import org.openneighbourhood.api.identity.control.CallerStanding;
import org.openneighbourhood.api.identity.control.Memberships;
import org.openneighbourhood.api.identity.control.TokenClaims;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

/**
 * The caller of the current request: who they are and their roles from the verified bearer token;
 * the organisations they belong to from {@link Memberships}: what Keycloak said, kept for a few
 * seconds, and asked again at once after a change made through the API on any instance. The token's
 * {@code organization} claim is not used: Keycloak leaves it out for members of several
 * organisations, and it would outlive a membership that has just ended.
 */
@RequestScoped
public class CurrentCaller {

  public static final String ACTING_ORGANISATION_HEADER = "X-Acting-Organisation";

  /** The organisation a partner system's token says it acts for (identity's Provisioner). */
  public static final String PARTNER_ORGANISATION_CLAIM = "partner_organisation";

  /** The longest organisation alias: the audit column a refused request's header goes into. */
  static final int LONGEST_ALIAS = 100;

  @Inject JsonWebToken token;
  @Inject HttpServletRequest request;
  @Inject Memberships memberships;
  @Inject CallerStanding standing;

  private Caller caller;

  public Caller get() {
    if (caller == null) {
      Set<String> roles = token.getGroups() == null ? Set.of() : token.getGroups();
      caller =
          new Caller(
              token.getName(),
              TokenClaims.displayName(
                  token.getClaim("name"), token.getClaim("preferred_username"), token.getName()),
              roles,
              roles.contains(Role.PARTNER_SYSTEM)
                  ? partnerOrganisation()
                  : roles.stream().anyMatch(Role.ORGANISATION_ROLES::contains)
                      ? memberships.of(
                          token.getSubject(),
                          standing
                              .of(token.getSubject(), TokenClaims.text(token.getClaim("sid")))
                              .membershipVersion())
                      : List.of(),
              actingOrganisation(),
              TokenClaims.text(token.getClaim("nhs_number")));
    }
    return caller;
  }

  /**
   * A partner system acts for the one organisation its client names in the token (a fixed claim set
   * by Keycloak), so no membership is looked up for it.
   */
  private List<String> partnerOrganisation() {
    String alias = TokenClaims.text(token.getClaim(PARTNER_ORGANISATION_CLAIM));
    return alias == null || alias.isBlank() || alias.length() > LONGEST_ALIAS
        ? List.of()
        : List.of(alias);
  }

  /**
   * The organisation the caller asked to act for. A refused request is audited with it, in a column
   * of {@value #LONGEST_ALIAS} characters: a longer header is no alias of anyone's.
   */
  private String actingOrganisation() {
    String asked = request.getHeader(ACTING_ORGANISATION_HEADER);
    if (asked != null && asked.length() > LONGEST_ALIAS) {
      throw new InvalidInputException(
          ACTING_ORGANISATION_HEADER, "Choose one of your organisations by its short name");
    }
    return asked;
  }

  /** The caller's e-mail address from their token, if it has one. */
  public String email() {
    String email = TokenClaims.text(token.getClaim("email"));
    return email == null || email.isBlank() ? null : email;
  }
}
