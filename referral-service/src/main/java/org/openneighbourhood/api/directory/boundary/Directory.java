package org.openneighbourhood.api.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openneighbourhood.api.access.control.Access;
import org.openneighbourhood.api.access.control.AccessPolicy;
import org.openneighbourhood.api.access.control.Audited;
import org.openneighbourhood.api.access.entity.AuditEvent.RecordType;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.configuration.control.Configured;
import org.openneighbourhood.api.configuration.control.Setting;
import org.openneighbourhood.api.directory.control.DirectorySearch;
import org.openneighbourhood.api.directory.control.Found;
import org.openneighbourhood.api.directory.control.OpenReferrals;
import org.openneighbourhood.api.directory.control.ServiceMatch;
import org.openneighbourhood.api.directory.control.ServiceRepository;
import org.openneighbourhood.api.directory.entity.Capacity;
import org.openneighbourhood.api.directory.entity.DirectoryQuery;
import org.openneighbourhood.api.directory.entity.Location;
import org.openneighbourhood.api.directory.entity.OpeningTime;
import org.openneighbourhood.api.directory.entity.Position;
import org.openneighbourhood.api.directory.entity.Postcode;
import org.openneighbourhood.api.directory.entity.Service;
import org.openneighbourhood.api.directory.entity.ServiceAtLocation;
import org.openneighbourhood.api.organisation.control.OrganisationRepository;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.problem.entity.FieldProblem;
import org.openneighbourhood.api.problem.entity.InvalidInputException;
import org.openneighbourhood.api.problem.entity.RecordNotFoundException;
import org.openneighbourhood.api.time.entity.London;

/** Use cases: find services in the directory, and keep an organisation's own entries true. */
@ApplicationScoped
@Transactional
@Audited
public class Directory {

  static final int MOST_PLACES = 20;
  static final int MOST_OPENING_TIMES = 14;

  @Inject ServiceRepository services;
  @Inject OrganisationRepository organisations;
  @Inject DirectorySearch search;
  @Inject OpenReferrals referrals;
  @Inject AccessPolicy policy;
  @Inject Clock clock;

  @Inject
  @Configured(Setting.DIRECTORY_CONFIRM_EVERY_MONTHS)
  int confirmEveryMonths;

  /** Every service, or one organisation's when {@code organisation} names it (its id). */
  public List<ServiceView> list(Caller caller, String organisation) {
    policy.checkWithoutPerson(caller, Operation.DIRECTORY_LIST, RecordType.DIRECTORY);
    List<Service> found;
    if (organisation == null || organisation.isBlank()) {
      found = services.all();
    } else {
      try {
        found = services.ofOrganisation(UUID.fromString(organisation.strip()));
      } catch (IllegalArgumentException notAnId) {
        throw new InvalidInputException(
            List.of(new FieldProblem("organisation", "Give the organisation's id")));
      }
    }
    Instant now = now();
    return found.stream().map(service -> view(service, now)).toList();
  }

  /** Free text, filters and distance from a postcode; one page of what was found. */
  /** One page of services found, and which page of what size it is. */
  public record ServicesFound(List<ServiceMatchView> items, long total, int page, int size) {}

  public ServicesFound search(Caller caller, SearchParameters parameters) {
    policy.checkWithoutPerson(caller, Operation.DIRECTORY_LIST, RecordType.DIRECTORY);
    Position near = parameters.postcode() == null ? null : positionOf(parameters.postcode());
    DirectoryQuery query = parameters.query(near);
    Instant now = now();
    Found<ServiceMatch> found =
        search.search(query, Service.staleBefore(now, confirmEvery()), today(now));
    return new ServicesFound(
        found.items().stream().map(ServiceMatchView::of).toList(),
        found.total(),
        query.page(),
        query.size());
  }

  /** Every category services are found by. */
  public List<CategoryView> categories(Caller caller) {
    policy.checkWithoutPerson(caller, Operation.DIRECTORY_LIST, RecordType.DIRECTORY);
    return services.terms().stream().map(CategoryView::of).toList();
  }

  /**
   * The service's own organisation declares its capacity; reaching the most open referrals moves it
   * to its waiting list at once.
   */
  public ServiceView declareCapacity(Caller caller, UUID id, CapacityDeclaration declaration) {
    Service service = find(id);
    Access access = owned(caller, Operation.SERVICE_CAPACITY, service);
    services.lock(service);
    service.declareCapacity(
        declaration.capacity, declaration.reopensOn, declaration.maxOpenReferrals);
    if (declaration.acceptsSelfReferral != null) {
      service.acceptSelfReferrals(declaration.acceptsSelfReferral);
    }
    service.waitlistWhenFull(referrals.openFor(id));
    access.record(RecordType.DIRECTORY, id);
    return view(service, now());
  }

  /**
   * The admin of the organisation the caller acts for adds a service to the directory: it takes
   * referrals at once (if its entry says it does); where and when it runs follow.
   */
  public ServiceView add(Caller caller, ServiceEntry entry) {
    Access access =
        policy.checkWithoutPerson(caller, Operation.SERVICE_CREATE, RecordType.DIRECTORY);
    Organisation organisation =
        organisations
            .findByAlias(policy.actingOrganisation(caller))
            .orElseThrow(() -> new RecordNotFoundException("Acting organisation"));
    var details = entry.checked();
    var terms =
        services.terms(entry.categoryIds == null ? List.of() : entry.categoryIds, "categoryIds");
    Instant now = now();
    Service service =
        new Service(
            UUID.randomUUID(),
            organisation,
            details.name(),
            details.description(),
            terms,
            Capacity.ACCEPTING,
            details.responseDays());
    service.describe(details, terms, caller.displayName(), now);
    entry.applyListsTo(service);
    services.add(service);
    access.record(RecordType.DIRECTORY, service.id());
    return view(service, now);
  }

  /** The organisation's admin rewrites the entry (which confirms it is still running). */
  public ServiceView describe(Caller caller, UUID id, ServiceEntry entry) {
    Service service = find(id);
    Access access = toEdit(caller, service);
    var details = entry.checked();
    var terms =
        services.terms(entry.categoryIds == null ? List.of() : entry.categoryIds, "categoryIds");
    Instant now = now();
    service.describe(details, terms, caller.displayName(), now);
    entry.applyListsTo(service);
    access.record(RecordType.DIRECTORY, id);
    return view(service, now);
  }

  /**
   * The organisation's admin takes the service out of the directory: it is no longer found or
   * referred to; the referrals already made to it go on until they are closed. Retiring it again
   * changes nothing.
   */
  public ServiceView retire(Caller caller, UUID id) {
    Service service = find(id);
    Access access = owned(caller, Operation.SERVICE_RETIRE, service);
    Instant now = now();
    service.retire(caller.displayName(), now);
    access.record(RecordType.DIRECTORY, id);
    return view(service, now);
  }

  /** Where the service is given, as its organisation wrote it. */
  public List<PlaceEntry> places(Caller caller, UUID id) {
    policy.checkWithoutPerson(caller, Operation.DIRECTORY_LIST, RecordType.DIRECTORY);
    return places(find(id));
  }

  /**
   * The organisation's admin says where the service is given now (which confirms it is still
   * running). A place written word for word as before keeps its identity; a place no service is
   * given at any more is removed.
   */
  public List<PlaceEntry> relocate(Caller caller, UUID id, List<PlaceEntry> entries) {
    Service service = find(id);
    Access access = toEdit(caller, service);
    List<PlaceEntry.Checked> checked =
        Rows.checked(
            entries,
            PlaceEntry::new,
            MOST_PLACES,
            new FieldProblem("places", "Give " + MOST_PLACES + " places or fewer"));
    List<Location> current = service.locations().stream().map(ServiceAtLocation::location).toList();
    List<Location> places = new ArrayList<>();
    for (PlaceEntry.Checked place : checked) {
      places.add(
          current.stream()
              .filter(place::is)
              .findFirst()
              .orElseGet(
                  () ->
                      services.add(
                          new Location(
                              UUID.randomUUID(),
                              place.name(),
                              null,
                              place.address(),
                              place.city(),
                              null,
                              place.postcode(),
                              null))));
    }
    Instant at = now();
    services.forgetUnused(service.placeAt(places, caller.displayName(), at));
    access.record(RecordType.DIRECTORY, id);
    return places(service);
  }

  /** When the service is open, as its organisation wrote it. */
  public List<OpeningTimeEntry> openingTimes(Caller caller, UUID id) {
    policy.checkWithoutPerson(caller, Operation.DIRECTORY_LIST, RecordType.DIRECTORY);
    return find(id).openingTimes().stream().map(OpeningTimeEntry::of).toList();
  }

  /** The organisation's admin says when the service is open now (which confirms it is running). */
  public List<OpeningTimeEntry> reschedule(Caller caller, UUID id, List<OpeningTimeEntry> entries) {
    Service service = find(id);
    Access access = toEdit(caller, service);
    List<OpeningTime> times =
        Rows.checked(
            entries,
            OpeningTimeEntry::new,
            MOST_OPENING_TIMES,
            new FieldProblem(
                "openingTimes", "Give " + MOST_OPENING_TIMES + " sets of opening times or fewer"));
    service.openAt(times, caller.displayName(), now());
    access.record(RecordType.DIRECTORY, id);
    return service.openingTimes().stream().map(OpeningTimeEntry::of).toList();
  }

  private static List<PlaceEntry> places(Service service) {
    return service.locations().stream().map(at -> PlaceEntry.of(at.location())).toList();
  }

  /**
   * Allowed to edit, and the entry still changes: a retired service's is told before its fields.
   */
  private Access toEdit(Caller caller, Service service) {
    Access access = owned(caller, Operation.SERVICE_EDIT, service);
    service.requireRunning();
    return access;
  }

  /** The caller may do this to a service of the organisation they act for (audited either way). */
  private Access owned(Caller caller, Operation operation, Service service) {
    return policy.toOwnedBy(
        caller, operation, RecordType.DIRECTORY, service.id(), service.organisation().alias());
  }

  /** Staff of the service's organisation say, with one click, that it is still running. */
  public ServiceView confirm(Caller caller, UUID id) {
    Service service = find(id);
    Access access = owned(caller, Operation.SERVICE_CONFIRM, service);
    Instant now = now();
    service.confirmStillRunning(caller.displayName(), now);
    access.record(RecordType.DIRECTORY, id);
    return view(service, now);
  }

  public ServiceView get(Caller caller, UUID id) {
    policy.checkWithoutPerson(caller, Operation.DIRECTORY_LIST, RecordType.DIRECTORY);
    return view(find(id), now());
  }

  private Service find(UUID id) {
    return services.findWhole(id).orElseThrow(() -> new RecordNotFoundException("Service"));
  }

  /**
   * Where a postcode someone typed is.
   *
   * @throws InvalidInputException when it is not a postcode, or one the directory does not know
   */
  private Position positionOf(String typed) {
    Postcode postcode =
        Postcode.parse(typed)
            .orElseThrow(
                () -> new InvalidInputException("postcode", "Enter a full postcode, like NG1 5AB"));
    return services
        .positionOf(postcode)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "postcode",
                    "We do not know where "
                        + postcode
                        + " is: check the postcode, or search without one"));
  }

  ServiceView view(Service service, Instant now) {
    return ServiceView.of(service, service.isStale(now, confirmEvery()));
  }

  Period confirmEvery() {
    return Period.ofMonths(confirmEveryMonths);
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }

  private static LocalDate today(Instant now) {
    return now.atZone(London.ZONE).toLocalDate();
  }
}
