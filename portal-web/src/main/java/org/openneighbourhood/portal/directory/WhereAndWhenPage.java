package org.openneighbourhood.portal.directory;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openneighbourhood.portal.api.ApiProblemException;
import org.openneighbourhood.portal.api.OpeningTimeEntry;
import org.openneighbourhood.portal.api.PlaceEntry;
import org.openneighbourhood.portal.api.Service;
import org.openneighbourhood.portal.api.ServicesApi;
import org.openneighbourhood.portal.layout.Pages;
import org.openneighbourhood.portal.problem.FormErrors;

/**
 * An organisation's admin says where one of its services is given and when it is open: a form per
 * list, a row per place or set of opening times, and always one empty row to add another (no
 * JavaScript needed). Clearing a row removes it. Saving either confirms the service is still
 * running. The API checks every row; its problems show next to the fields, with what was typed
 * kept.
 */
@Named
@ViewScoped
public class WhereAndWhenPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** More rows than the API takes are never read from a form. */
  static final int MOST_ROWS = 30;

  /** One place as the form shows it. */
  public static final class PlaceRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int index;
    private final String name;
    private final String address;
    private final String city;
    private final String postcode;

    PlaceRow(int index, String name, String address, String city, String postcode) {
      this.index = index;
      this.name = name == null ? "" : name;
      this.address = address == null ? "" : address;
      this.city = city == null ? "" : city;
      this.postcode = postcode == null ? "" : postcode;
    }

    /** The form field of this row: "place-2-postcode". */
    public String field(String part) {
      return "place-" + index + "-" + part;
    }

    boolean isBlank() {
      return (name + address + city + postcode).isBlank();
    }

    PlaceEntry entry() {
      return new PlaceEntry(name, address, city, postcode);
    }

    public int getIndex() {
      return index;
    }

    public String getName() {
      return name;
    }

    public String getAddress() {
      return address;
    }

    public String getCity() {
      return city;
    }

    public String getPostcode() {
      return postcode;
    }
  }

  /** One set of opening times as the form shows it. */
  public static final class TimeRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int index;
    private final Set<String> days;
    private final String opensAt;
    private final String closesAt;
    private final String description;

    TimeRow(int index, List<String> days, String opensAt, String closesAt, String description) {
      this.index = index;
      this.days = new LinkedHashSet<>(days == null ? List.of() : days);
      this.opensAt = opensAt == null ? "" : opensAt;
      this.closesAt = closesAt == null ? "" : closesAt;
      this.description = description == null ? "" : description;
    }

    /** The form field of this row: "time-0-opensAt". */
    public String field(String part) {
      return "time-" + index + "-" + part;
    }

    public boolean isOpenOn(String day) {
      return days.contains(day);
    }

    boolean isBlank() {
      return days.isEmpty() && (opensAt + closesAt + description).isBlank();
    }

    OpeningTimeEntry entry() {
      return new OpeningTimeEntry(List.copyOf(days), opensAt, closesAt, description);
    }

    public int getIndex() {
      return index;
    }

    public String getOpensAt() {
      return opensAt;
    }

    public String getClosesAt() {
      return closesAt;
    }

    public String getDescription() {
      return description;
    }
  }

  /** A day of the week: its code as the API takes it, its name as the page shows it. */
  public record Day(String code, String name) implements Serializable {}

  public static final List<Day> WEEK =
      java.util.Arrays.stream(DayOfWeek.values())
          .map(d -> new Day(d.name(), d.getDisplayName(TextStyle.FULL, Locale.UK)))
          .toList();

  @Inject ServicesApi servicesApi;

  private String serviceParam;
  private Service service;
  private List<PlaceRow> places = List.of();
  private List<TimeRow> times = List.of();
  private String saved;
  private final FormErrors errors = new FormErrors();

  public void load() {
    Optional<UUID> id = Pages.idOrNotFound(serviceParam);
    if (id.isEmpty()) {
      return;
    }
    service = servicesApi.service(id.get());
    List<PlaceRow> placeRows = new ArrayList<>();
    for (PlaceEntry place : servicesApi.places(service.id())) {
      placeRows.add(
          new PlaceRow(
              placeRows.size(), place.name(), place.address(), place.city(), place.postcode()));
    }
    places = withBlankPlace(placeRows);
    List<TimeRow> timeRows = new ArrayList<>();
    for (OpeningTimeEntry time : servicesApi.openingTimes(service.id())) {
      timeRows.add(
          new TimeRow(
              timeRows.size(), time.days(), time.opensAt(), time.closesAt(), time.description()));
    }
    times = withBlankTime(timeRows);
    saved = Pages.parameter("saved");
  }

  public String savePlaces() {
    errors.clear();
    saved = null;
    List<PlaceRow> typed = new ArrayList<>();
    for (int i = 0; i < rows("placeRows"); i++) {
      PlaceRow row =
          new PlaceRow(
              i,
              Pages.parameter("place-" + i + "-name"),
              Pages.parameter("place-" + i + "-address"),
              Pages.parameter("place-" + i + "-city"),
              Pages.parameter("place-" + i + "-postcode"));
      typed.add(row);
    }
    List<PlaceEntry> entries = new ArrayList<>();
    Map<String, String> apiFields = new HashMap<>();
    for (PlaceRow row : typed) {
      if (row.isBlank()) {
        continue;
      }
      for (String part : List.of("name", "address", "city", "postcode")) {
        apiFields.put("places[" + entries.size() + "]." + part, row.field(part));
      }
      entries.add(row.entry());
    }
    places = typed;
    try {
      servicesApi.relocateService(service.id(), entries);
      return savedAgain("places");
    } catch (ApiProblemException e) {
      if (e.status() == 400 || e.status() == 403 || e.status() == 409) {
        errors.addProblem(e, apiFields);
        places = withBlankPlace(typed);
        return null;
      }
      throw e;
    }
  }

  public String saveTimes() {
    errors.clear();
    saved = null;
    Map<String, String[]> values =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
    List<TimeRow> typed = new ArrayList<>();
    for (int i = 0; i < rows("timeRows"); i++) {
      typed.add(
          new TimeRow(
              i,
              List.of(values.getOrDefault("time-" + i + "-days", new String[0])),
              Pages.parameter("time-" + i + "-opensAt"),
              Pages.parameter("time-" + i + "-closesAt"),
              Pages.parameter("time-" + i + "-description")));
    }
    List<OpeningTimeEntry> entries = new ArrayList<>();
    Map<String, String> apiFields = new HashMap<>();
    for (TimeRow row : typed) {
      if (row.isBlank()) {
        continue;
      }
      for (String part : List.of("days", "opensAt", "closesAt", "description")) {
        apiFields.put("openingTimes[" + entries.size() + "]." + part, row.field(part));
      }
      errors.setAnchor(row.field("days"), row.field("day-MONDAY"));
      entries.add(row.entry());
    }
    times = typed;
    try {
      servicesApi.rescheduleService(service.id(), entries);
      return savedAgain("times");
    } catch (ApiProblemException e) {
      if (e.status() == 400 || e.status() == 403 || e.status() == 409) {
        errors.addProblem(e, apiFields);
        times = withBlankTime(typed);
        return null;
      }
      throw e;
    }
  }

  private String savedAgain(String what) {
    return "/directory/where.xhtml?faces-redirect=true&service=" + service.id() + "&saved=" + what;
  }

  /** The rows, and an empty one to add another place unless one is there already. */
  private static List<PlaceRow> withBlankPlace(List<PlaceRow> rows) {
    if (rows.stream().anyMatch(PlaceRow::isBlank)) {
      return rows;
    }
    List<PlaceRow> shown = new ArrayList<>(rows);
    shown.add(new PlaceRow(rows.size(), "", "", "", ""));
    return shown;
  }

  /** The rows, and an empty one to add other opening times unless one is there already. */
  private static List<TimeRow> withBlankTime(List<TimeRow> rows) {
    if (rows.stream().anyMatch(TimeRow::isBlank)) {
      return rows;
    }
    List<TimeRow> shown = new ArrayList<>(rows);
    shown.add(new TimeRow(rows.size(), List.of(), "", "", ""));
    return shown;
  }

  private static int rows(String parameter) {
    try {
      return Math.min(MOST_ROWS, Math.max(0, Integer.parseInt(Pages.parameter(parameter))));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  public Service getChosenService() {
    return service;
  }

  public List<PlaceRow> getPlaces() {
    return places;
  }

  public List<TimeRow> getTimes() {
    return times;
  }

  public List<Day> getWeek() {
    return WEEK;
  }

  public boolean isPlacesSaved() {
    return "places".equals(saved);
  }

  public boolean isTimesSaved() {
    return "times".equals(saved);
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
