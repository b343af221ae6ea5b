package org.openneighbourhood.api.fhir.control;

import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;
import org.openneighbourhood.api.directory.entity.Service;
import org.openneighbourhood.api.directory.entity.ServiceAtLocation;
import org.openneighbourhood.api.fhir.entity.Vocabulary;
import org.openneighbourhood.api.organisation.entity.Organisation;

/**
 * The directory as UK Core resources: a service is a {@code HealthcareService} (active until it is
 * retired), its organisation an {@code Organization} (with its ODS code where it has one), a place
 * where services are given a {@code Location}. The directory holds nobody's personal data.
 */
public final class Directories {

  private Directories() {}

  public static HealthcareService of(Service service) {
    HealthcareService resource = new HealthcareService();
    resource.setIdElement(new IdType("HealthcareService", service.id().toString()));
    resource.getMeta().addProfile(Vocabulary.HEALTHCARE_SERVICE_PROFILE);
    resource.setActive(!service.isRetired());
    resource.setProvidedBy(
        new Reference("Organization/" + service.organisation().id())
            .setDisplay(service.organisation().name()));
    resource.setName(service.name());
    if (service.description() != null && !service.description().isBlank()) {
      resource.setComment(service.description());
    }
    service
        .phones()
        .forEach(
            phone ->
                resource.addTelecom(
                    contact(ContactPoint.ContactPointSystem.PHONE, phone.number())));
    service
        .email()
        .ifPresent(
            email -> resource.addTelecom(contact(ContactPoint.ContactPointSystem.EMAIL, email)));
    service
        .url()
        .ifPresent(url -> resource.addTelecom(contact(ContactPoint.ContactPointSystem.URL, url)));
    for (ServiceAtLocation place : service.locations()) {
      resource.addLocation(new Reference("Location/" + place.location().id()));
    }
    service.eligibility().ifPresent(text -> resource.addEligibility().setComment(text));
    resource.setAppointmentRequired(false);
    return resource;
  }

  public static Organization of(Organisation organisation) {
    Organization resource = new Organization();
    resource.setIdElement(new IdType("Organization", organisation.id().toString()));
    resource.getMeta().addProfile(Vocabulary.ORGANIZATION_PROFILE);
    organisation
        .odsCode()
        .ifPresent(code -> resource.addIdentifier().setSystem(Vocabulary.ODS_CODE).setValue(code));
    resource.setActive(true);
    resource.setName(organisation.name());
    organisation
        .email()
        .ifPresent(
            email -> resource.addTelecom(contact(ContactPoint.ContactPointSystem.EMAIL, email)));
    organisation
        .website()
        .ifPresent(url -> resource.addTelecom(contact(ContactPoint.ContactPointSystem.URL, url)));
    return resource;
  }

  public static Location of(org.openneighbourhood.api.directory.entity.Location place) {
    Location resource = new Location();
    resource.setIdElement(new IdType("Location", place.id().toString()));
    resource.getMeta().addProfile(Vocabulary.LOCATION_PROFILE);
    resource.setStatus(Location.LocationStatus.ACTIVE);
    place.name().ifPresent(resource::setName);
    place.description().ifPresent(resource::setDescription);
    if (place.address1().isPresent() || place.postalCode().isPresent()) {
      var address = resource.getAddress();
      place.address1().ifPresent(address::addLine);
      place.city().ifPresent(address::setCity);
      place.county().ifPresent(address::setDistrict);
      place.postalCode().ifPresent(address::setPostalCode);
      address.setCountry(place.country());
    }
    place
        .position()
        .ifPresent(
            at -> resource.getPosition().setLatitude(at.latitude()).setLongitude(at.longitude()));
    return resource;
  }

  private static ContactPoint contact(ContactPoint.ContactPointSystem system, String value) {
    return new ContactPoint().setSystem(system).setValue(value);
  }
}
