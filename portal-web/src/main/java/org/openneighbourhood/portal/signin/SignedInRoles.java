package org.openneighbourhood.portal.signin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.openneighbourhood.portal.security.Roles;

final class SignedInRoles {
  private SignedInRoles() {}

  static List<String> of(HttpServletRequest request) {
    return Roles.ALL.stream().filter(request::isUserInRole).toList();
  }
}
