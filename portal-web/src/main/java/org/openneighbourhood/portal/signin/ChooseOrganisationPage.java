package org.openneighbourhood.portal.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.openneighbourhood.portal.layout.Pages;
import org.openneighbourhood.portal.problem.FormErrors;
import org.openneighbourhood.portal.security.ActingOrganisation;
import org.openneighbourhood.portal.security.OrganisationChoiceFirst;

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
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    Optional<String> next =
        OrganisationChoiceFirst.next(Pages.parameter(OrganisationChoiceFirst.NEXT));
    if (next.isPresent()) {
      // On to the page they asked for before choosing (a page of this portal, checked).
      try {
        external.redirect(external.getRequestContextPath() + next.get());
      } catch (IOException e) {
        throw new UncheckedIOException("Could not send the browser on to " + next.get(), e);
      }
      FacesContext.getCurrentInstance().responseComplete();
      return null;
    }
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    return RoleHome.pathFor(SignedInRoles.of(request)) + "?faces-redirect=true";
  }

  /** The page asked for before the choice, carried through the form. */
  public String getNext() {
    return OrganisationChoiceFirst.next(Pages.parameter(OrganisationChoiceFirst.NEXT)).orElse("");
  }

  public FormErrors getErrors() {
    return errors;
  }
}
