package org.openneighbourhood.portal.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import org.openneighbourhood.portal.security.Roles;

/** The signed-in welcome for roles whose pages are still to come. */
@Named
@RequestScoped
public class WelcomePage {

  @Inject SecurityContext securityContext;

  public List<String> getComing() {
    List<String> coming = new ArrayList<>();
    if (securityContext.isCallerInRole(Roles.ORG_ADMIN)) {
      coming.add(
          "Invite and remove your organisation's staff, and keep your services' directory"
              + " entries up to date.");
    }
    if (securityContext.isCallerInRole(Roles.PLATFORM_ADMIN)) {
      coming.add("Add organisations to the portal and look after how it is set up.");
    }
    if (coming.isEmpty()) {
      coming.add("Pages for your role are on their way.");
    }
    return coming;
  }
}
