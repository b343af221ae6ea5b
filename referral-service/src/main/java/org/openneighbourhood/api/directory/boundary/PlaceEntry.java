package org.openneighbourhood.api.directory.boundary;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openneighbourhood.api.directory.entity.Location;
import org.openneighbourhood.api.directory.entity.Postcode;
import org.openneighbourhood.api.problem.entity.FieldProblem;

/**
 * A place where the service is given, as its organisation writes it: GET and PUT {@code
 * /services/{id}/places} (a list of these). Street, town and postcode, as Open Referral UK needs
 * for an address; the place's name is optional ("Money Matters advice centre").
 */
public class PlaceEntry implements Rows.Row<PlaceEntry.Checked> {

  public String name;
  public String address;
  public String city;
  public String postcode;

  public PlaceEntry() {}

  static PlaceEntry of(Location location) {
    PlaceEntry entry = new PlaceEntry();
    entry.name = location.name().orElse(null);
    entry.address = location.address1().orElse(null);
    entry.city = location.city().orElse(null);
    entry.postcode = location.postalCode().orElse(null);
    return entry;
  }

  /** The place as checked: blanks trimmed away, the postcode in its one written form. */
  record Checked(String name, String address, String city, Postcode postcode) {

    /** Whether an existing location is this place, word for word. */
    boolean is(Location location) {
      return Objects.equals(name, location.name().orElse(null))
          && Objects.equals(address, location.address1().orElse(null))
          && Objects.equals(city, location.city().orElse(null))
          && Objects.equals(postcode.value(), location.postalCode().orElse(null));
    }
  }

  static final int LONGEST = 200;

  @Override
  public Optional<Checked> checked(int index, List<FieldProblem> problems) {
    String at = "places[" + index + "].";
    int before = problems.size();
    String street = Text.tidy(address);
    String town = Text.tidy(city);
    String called = Text.tidy(name);
    if (street == null) {
      problems.add(new FieldProblem(at + "address", "Enter the street address"));
    }
    if (town == null) {
      problems.add(new FieldProblem(at + "city", "Enter the town or city"));
    }
    Optional<Postcode> code = Postcode.parse(postcode);
    if (code.isEmpty()) {
      problems.add(new FieldProblem(at + "postcode", "Enter a full UK postcode, like NG1 5AB"));
    }
    Text.notLongerThan(called, LONGEST, at + "name", problems);
    Text.notLongerThan(street, LONGEST, at + "address", problems);
    Text.notLongerThan(town, LONGEST, at + "city", problems);
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new Checked(called, street, town, code.get()));
  }
}
