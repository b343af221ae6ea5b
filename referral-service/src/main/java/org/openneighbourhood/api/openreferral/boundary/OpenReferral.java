package org.openneighbourhood.api.openreferral.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openneighbourhood.api.access.control.AccessPolicy;
import org.openneighbourhood.api.access.control.Audited;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.directory.control.DirectorySearch;
import org.openneighbourhood.api.directory.control.Found;
import org.openneighbourhood.api.directory.control.ServiceMatch;
import org.openneighbourhood.api.directory.control.ServiceRepository;
import org.openneighbourhood.api.directory.entity.DirectoryQuery;
import org.openneighbourhood.api.directory.entity.Position;
import org.openneighbourhood.api.directory.entity.Postcode;
import org.openneighbourhood.api.directory.entity.Service;
import org.openneighbourhood.api.directory.entity.ServiceAtLocation;
import org.openneighbourhood.api.directory.entity.Taxonomy;
import org.openneighbourhood.api.openreferral.control.OpenReferralJson;
import org.openneighbourhood.api.problem.entity.InvalidInputException;
import org.openneighbourhood.api.problem.entity.RecordNotFoundException;
import org.openneighbourhood.api.time.entity.London;

/**
 * Use cases of the public Open Referral UK API: nobody signs in, nothing about any person is read.
 * Each checks the policy table still makes it public.
 */
@ApplicationScoped
@Transactional
@Audited
public class OpenReferral {

  @Inject ServiceRepository services;
  @Inject DirectorySearch search;
  @Inject AccessPolicy policy;
  @Inject Clock clock;

  /** What ORUK's {@code GET /} answers: the profile this API follows. */
  public JsonObject about(String openApiUrl) {
    policy.checkPublic(Operation.OPEN_REFERRAL_READ);
    return Json.createObjectBuilder()
        .add("version", "3.0")
        .add("profile", "https://openreferraluk.org/")
        .add("openapi_url", openApiUrl)
        .build();
  }

  public JsonObject services(OrukParameters parameters) {
    policy.checkPublic(Operation.OPEN_REFERRAL_READ);
    DirectoryQuery query = query(parameters);
    LocalDate today = today();
    Found<ServiceMatch> found = search.search(query, java.time.Instant.EPOCH, today);
    List<Service> page = services.inOrder(found.items().stream().map(ServiceMatch::id).toList());
    return OpenReferralJson.page(
        page.stream().map(s -> OpenReferralJson.serviceSummary(s, today).build()).toList(),
        found.total(),
        query.page(),
        query.size());
  }

  public JsonObject service(UUID id) {
    policy.checkPublic(Operation.OPEN_REFERRAL_READ);
    return OpenReferralJson.service(find(id), today());
  }

  public JsonObject serviceAtLocations(OrukParameters parameters) {
    policy.checkPublic(Operation.OPEN_REFERRAL_READ);
    DirectoryQuery query = query(parameters);
    LocalDate today = today();
    Found<UUID[]> found = search.serviceAtLocations(query, today);
    Map<UUID, Service> byId =
        services.inOrder(found.items().stream().map(ids -> ids[1]).distinct().toList()).stream()
            .collect(Collectors.toMap(Service::id, Function.identity()));
    List<JsonObject> contents =
        found.items().stream()
            .map(
                ids -> {
                  Service service = byId.get(ids[1]);
                  return OpenReferralJson.serviceAtLocationSummary(
                      service, at(service, ids[0]), today);
                })
            .toList();
    return OpenReferralJson.page(contents, found.total(), query.page(), query.size());
  }

  public JsonObject serviceAtLocation(UUID id) {
    policy.checkPublic(Operation.OPEN_REFERRAL_READ);
    UUID serviceId =
        services
            .serviceOfPlace(id)
            .orElseThrow(() -> new RecordNotFoundException("Service at location"));
    Service service = find(serviceId);
    return OpenReferralJson.serviceAtLocation(service, at(service, id), today());
  }

  public JsonObject taxonomies(OrukParameters parameters) {
    policy.checkPublic(Operation.OPEN_REFERRAL_READ);
    List<Taxonomy> all = services.taxonomies();
    int from = Math.min(all.size(), parameters.offset());
    List<JsonObject> contents =
        all.subList(from, Math.min(all.size(), from + parameters.perPage())).stream()
            .map(taxonomy -> OpenReferralJson.taxonomy(taxonomy, null))
            .toList();
    return OpenReferralJson.page(contents, all.size(), parameters.page(), parameters.perPage());
  }

  public JsonObject taxonomy(UUID id) {
    policy.checkPublic(Operation.OPEN_REFERRAL_READ);
    Taxonomy taxonomy =
        services.taxonomy(id).orElseThrow(() -> new RecordNotFoundException("Taxonomy"));
    return OpenReferralJson.taxonomy(taxonomy, services.termsOf(id));
  }

  public JsonObject taxonomyTerms(OrukParameters parameters) {
    policy.checkPublic(Operation.OPEN_REFERRAL_READ);
    var found =
        services.termsPage(parameters.taxonomyId(), parameters.offset(), parameters.perPage());
    return OpenReferralJson.page(
        found.items().stream().map(OpenReferralJson::taxonomyTerm).toList(),
        found.total(),
        parameters.page(),
        parameters.perPage());
  }

  public JsonObject taxonomyTerm(UUID id) {
    policy.checkPublic(Operation.OPEN_REFERRAL_READ);
    return OpenReferralJson.taxonomyTerm(
        services.term(id).orElseThrow(() -> new RecordNotFoundException("Taxonomy term")));
  }

  private Service find(UUID id) {
    // A retired service has left the directory: partners are told it is not there.
    return services
        .find(id)
        .filter(service -> !service.isRetired())
        .orElseThrow(() -> new RecordNotFoundException("Service"));
  }

  private static ServiceAtLocation at(Service service, UUID id) {
    return service.locations().stream()
        .filter(at -> at.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new RecordNotFoundException("Service at location"));
  }

  private DirectoryQuery query(OrukParameters parameters) {
    Position near = null;
    if (parameters.postcode() != null) {
      Postcode postcode =
          Postcode.parse(parameters.postcode())
              .orElseThrow(
                  () -> new InvalidInputException("postcode", "Not a UK postcode, like NG1 5AB"));
      near =
          services
              .positionOf(postcode)
              .orElseThrow(
                  () -> new InvalidInputException("postcode", "This directory does not know it"));
    }
    return new DirectoryQuery(
        parameters.search(),
        parameters.taxonomyTermId(),
        parameters.taxonomyId(),
        false,
        false,
        parameters.minimumAge(),
        parameters.maximumAge(),
        near,
        parameters.proximityKm(),
        null,
        DirectoryQuery.Order.BEST,
        parameters.page(),
        parameters.perPage());
  }

  private LocalDate today() {
    return java.time.Instant.now(clock).atZone(London.ZONE).toLocalDate();
  }
}
