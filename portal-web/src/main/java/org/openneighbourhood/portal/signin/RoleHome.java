package org.openneighbourhood.portal.signin;

import java.util.Collection;
import org.openneighbourhood.portal.security.Roles;

/** Where each role starts its work after signing in. */
public final class RoleHome {

  public static final String PEOPLE = "/people/find.xhtml";
  public static final String INBOX = "/inbox/index.xhtml";
  public static final String MY_PLAN = "/my/plan.xhtml";
  public static final String STAFF = "/admin/staff.xhtml";
  public static final String ORGANISATIONS = "/platform/organisations.xhtml";
  public static final String REPORTS = "/reports/index.xhtml";
  public static final String WELCOME = "/home.xhtml";

  private RoleHome() {}

  /** Referrers come first: a GP or social care user can also receive, but mostly refers. */
  public static String pathFor(Collection<String> roles) {
    if (roles.contains(Roles.LINK_WORKER)
        || roles.contains(Roles.GP_STAFF)
        || roles.contains(Roles.SOCIAL_CARE)) {
      return PEOPLE;
    }
    if (roles.contains(Roles.VCFSE_STAFF)) {
      return INBOX;
    }
    if (roles.contains(Roles.PERSON)) {
      return MY_PLAN;
    }
    if (roles.contains(Roles.COMMISSIONER)) {
      return REPORTS;
    }
    if (roles.contains(Roles.ORG_ADMIN)) {
      return STAFF;
    }
    if (roles.contains(Roles.PLATFORM_ADMIN)) {
      return ORGANISATIONS;
    }
    return WELCOME;
  }
}
