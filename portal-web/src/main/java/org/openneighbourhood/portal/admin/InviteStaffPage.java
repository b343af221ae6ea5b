package org.openneighbourhood.portal.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.openneighbourhood.portal.api.ApiProblemException;
import org.openneighbourhood.portal.api.NewStaffMember;
import org.openneighbourhood.portal.api.OrganisationsApi;
import org.openneighbourhood.portal.api.StaffMember;
import org.openneighbourhood.portal.api.StaffRoles;
import org.openneighbourhood.portal.layout.Pages;
import org.openneighbourhood.portal.problem.FormErrors;

/**
 * An organisation admin invites someone by e-mail with the roles their kind of organisation may
 * give. The invitation e-mail comes from the sign-in service and asks them to set a password.
 */
@Named
@RequestScoped
public class InviteStaffPage {

  static final int MAX_NAME = 100;
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  /** The API's property names to this page's fields. */
  static final Map<String, String> API_FIELDS =
      Map.of("firstName", "firstName", "lastName", "lastName", "email", "email", "roles", "roles");

  @Inject OrganisationsApi organisationsApi;

  private String firstName;
  private String lastName;
  private String email;
  private Set<String> roles = new LinkedHashSet<>();
  private StaffRoles offered;
  private final FormErrors errors = new FormErrors();

  /** The roles on offer, asked for once per request (the form shows them after a post too). */
  private StaffRoles offered() {
    if (offered == null) {
      offered = organisationsApi.staffRoles();
      errors.setAnchor("roles", "roles-" + offered.roles().get(0));
    }
    return offered;
  }

  public String invite() {
    String[] chosen =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterValuesMap()
            .get("roles");
    roles = chosen == null ? new LinkedHashSet<>() : new LinkedHashSet<>(Arrays.asList(chosen));
    errors.checkName("firstName", firstName, "first name", MAX_NAME);
    errors.checkName("lastName", lastName, "last name", MAX_NAME);
    if (email == null || email.isBlank()) {
      errors.add("email", "Enter their work email address");
    } else if (!EMAIL.matcher(email.strip()).matches()) {
      errors.add("email", "Enter an email address like name@example.org");
    }
    if (roles.isEmpty()) {
      offered();
      errors.add("roles", "Choose at least one role");
    }
    if (errors.isPresent()) {
      return null;
    }
    try {
      StaffMember member =
          organisationsApi.invite(
              new NewStaffMember(firstName.strip(), lastName.strip(), email.strip(), roles));
      return Pages.redirect("/admin/staff.xhtml", "invited", member.id());
    } catch (ApiProblemException e) {
      if (e.is(409, "already-exists")) {
        errors.add("email", "This person already works for your organisation");
        return null;
      }
      if (e.status() == 400) {
        errors.addProblem(e, API_FIELDS);
        return null;
      }
      throw e;
    }
  }

  public List<String> getOfferedRoles() {
    return offered().roles();
  }

  public String getSector() {
    return offered().sector();
  }

  public boolean chosen(String role) {
    return roles.contains(role);
  }

  public FormErrors getErrors() {
    return errors;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
