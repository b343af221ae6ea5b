package org.openneighbourhood.portal.directory;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.portal.api.ApiProblemException;
import org.openneighbourhood.portal.api.Service;
import org.openneighbourhood.portal.api.ServicesApi;
import org.openneighbourhood.portal.layout.Pages;
import org.openneighbourhood.portal.problem.FormErrors;

/**
 * An organisation's admin takes a service that has stopped out of the directory, after being told
 * what that means: referrers no longer find it or refer to it, and the referrals already made to it
 * stay with the organisation until they are closed.
 */
@Named
@ViewScoped
public class RetireServicePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ServicesApi servicesApi;

  private String serviceParam;
  private Service service;
  private final FormErrors errors = new FormErrors();

  public void load() {
    Optional<UUID> id = Pages.idOrNotFound(serviceParam);
    if (id.isEmpty()) {
      return;
    }
    service = servicesApi.service(id.get());
  }

  public String retire() {
    if (service == null) {
      Pages.notFound();
      return null;
    }
    try {
      servicesApi.retireService(service.id());
    } catch (ApiProblemException e) {
      if (e.status() == 403 || e.status() == 409) {
        errors.addProblem(e, Map.of());
        return null;
      }
      throw e;
    }
    return Pages.redirect("/services/capacity.xhtml", "retired", service.id());
  }

  public Service getChosen() {
    return service;
  }

  public FormErrors getErrors() {
    return errors;
  }

  public String getService() {
    return serviceParam;
  }

  public void setService(String service) {
    this.serviceParam = service;
  }
}
