package org.openneighbourhood.portal.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.openneighbourhood.portal.layout.Pages;
import org.openneighbourhood.portal.problem.FormErrors;
import org.openneighbourhood.portal.security.ActingOrganisation;

/**
 * For people who work for several organisations (a PCN link worker who also volunteers for a
 * VCFSE): which one they act for now. Everything they see and do follows from it.
 */
@Named
@RequestScoped
public class ChooseOrganisationPage {

  @Inject ActingOrganisation actingOrganisation;

  private final FormErrors errors = new FormErrors();

  public String choose() {
    String alias = Pages.parameter("organisation");
    if (alias == null || !actingOrganisation.choose(alias)) {
      actingOrganisation.getChoices().stream()
          .findFirst()
          .ifPresent(first -> errors.setAnchor("organisation", "organisation-" + first.alias()));
      errors.add("organisation", "Choose the organisation you are working for now");
      return null;
    }
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    return RoleHome.pathFor(SignedInRoles.of(request)) + "?faces-redirect=true";
  }

  public FormErrors getErrors() {
    return errors;
  }
}
