package org.openneighbourhood.portal.directory;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.portal.api.Service;
import org.openneighbourhood.portal.api.ServicesApi;
import org.openneighbourhood.portal.layout.Pages;

/**
 * One service of the directory as a referrer finds it: what it does, how to reach it (its phones,
 * e-mail, website and contacts) and what it costs, in plain English; with a way to refer the person
 * the search was for.
 */
@Named
@RequestScoped
public class ServicePage {

  @Inject ServicesApi servicesApi;

  private String serviceParam;
  private String personParam;
  private Service service;

  public void load() {
    Optional<UUID> id = Pages.idOrNotFound(serviceParam);
    if (id.isEmpty()) {
      return;
    }
    service = servicesApi.service(id.get());
    if (service.isRetired()) {
      Pages.notFound();
    }
  }

  public Service getChosen() {
    return service;
  }

  /** Back to Find a service, for the same person when the search was for one. */
  public String getBackLink() {
    return "/directory/find.xhtml"
        + (Pages.uuid(personParam).isPresent() ? "?person=" + personParam : "");
  }

  /** Where to refer the person the search was for, or null when it was for nobody. */
  public String getReferLink() {
    return Pages.uuid(personParam).isPresent() && service != null && service.isReferrable()
        ? "/referrals/new.xhtml?person=" + personParam + "&service=" + service.id()
        : null;
  }

  public String getService() {
    return serviceParam;
  }

  public void setService(String service) {
    this.serviceParam = service;
  }

  public String getPerson() {
    return personParam;
  }

  public void setPerson(String person) {
    this.personParam = person;
  }
}
