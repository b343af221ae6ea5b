package org.openneighbourhood.api.directory.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.openneighbourhood.api.directory.entity.Postcode;

/**
 * Loads postcode positions from the ONS Postcode Directory (ONSPD) CSV: every row with a position
 * goes into {@code postcode}, replacing what was there for that postcode. The file is streamed (the
 * full directory has about 2.7 million rows) and written in batches of {@value #BATCH}, one
 * statement each. Columns are found by name in the header ({@code pcds}, {@code lat}, {@code
 * long}), so the release's other columns and their order do not matter. The postcode's LSOA codes
 * ({@code lsoa11}, {@code lsoa21}: the small areas deprivation is published for) are kept where the
 * release has those columns; a release without one leaves it empty. ONSPD marks a postcode with no
 * grid reference with latitude 99.999999: those are skipped. Plain JDBC, so the operator's command
 * and the demo loader share it.
 */
public final class PostcodeImport {

  static final int BATCH = 10_000;

  /** An LSOA (or Data Zone, in Scotland) code: a letter and eight digits. */
  private static final Pattern LSOA = Pattern.compile("[A-Z][0-9]{8}");

  /** ONSPD's latitude for "no grid reference". */
  private static final double NO_POSITION = 99.999999;

  /** Told after each batch: rows read so far and the characters read of the file. */
  public interface Progress {
    void batchWritten(long rowsRead, long charactersRead);
  }

  /** What an import did. */
  public record Result(long rowsRead, long imported, long withoutPosition, long notAPostcode) {}

  private PostcodeImport() {}

  /**
   * Reads the CSV and writes its postcodes in the connection's transaction (commits are the
   * caller's).
   *
   * @throws IllegalArgumentException when the header lacks pcds, lat or long
   */
  public static Result load(BufferedReader csv, Connection connection, Progress progress)
      throws SQLException {
    try {
      String header = csv.readLine();
      if (header == null) {
        throw new IllegalArgumentException("The file is empty: expected the ONSPD CSV header");
      }
      long characters = header.length() + 1;
      Columns columns = Columns.of(header);
      List<String> postcodes = new ArrayList<>(BATCH);
      List<Double> latitudes = new ArrayList<>(BATCH);
      List<Double> longitudes = new ArrayList<>(BATCH);
      List<String> lsoa11 = new ArrayList<>(BATCH);
      List<String> lsoa21 = new ArrayList<>(BATCH);
      long read = 0;
      long imported = 0;
      long withoutPosition = 0;
      long notAPostcode = 0;
      String line;
      while ((line = csv.readLine()) != null) {
        characters += line.length() + 1;
        if (line.isBlank()) {
          continue;
        }
        read++;
        Row row = columns.read(line);
        if (row.postcode().isEmpty()) {
          notAPostcode++;
          continue;
        }
        if (row.latitude() == null) {
          withoutPosition++;
          continue;
        }
        postcodes.add(row.postcode().get().value());
        latitudes.add(row.latitude());
        longitudes.add(row.longitude());
        lsoa11.add(row.lsoa11());
        lsoa21.add(row.lsoa21());
        if (postcodes.size() == BATCH) {
          imported += write(connection, postcodes, latitudes, longitudes, lsoa11, lsoa21);
          progress.batchWritten(read, characters);
        }
      }
      imported += write(connection, postcodes, latitudes, longitudes, lsoa11, lsoa21);
      progress.batchWritten(read, characters);
      return new Result(read, imported, withoutPosition, notAPostcode);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int write(
      Connection connection,
      List<String> postcodes,
      List<Double> latitudes,
      List<Double> longitudes,
      List<String> lsoa11,
      List<String> lsoa21)
      throws SQLException {
    if (postcodes.isEmpty()) {
      return 0;
    }
    // one postcode twice in a batch would make "on conflict" fail: keep the last
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into postcode (postcode, latitude, longitude, lsoa11, lsoa21)"
                + " select distinct on (p) p, la, lo, l11, l21"
                + " from unnest(?::varchar[], ?::float8[], ?::float8[], ?::varchar[], ?::varchar[])"
                + " with ordinality as r (p, la, lo, l11, l21, n)"
                + " order by p, n desc"
                + " on conflict (postcode) do update"
                + " set latitude = excluded.latitude, longitude = excluded.longitude,"
                + " lsoa11 = excluded.lsoa11, lsoa21 = excluded.lsoa21")) {
      Array p = connection.createArrayOf("varchar", postcodes.toArray());
      Array la = connection.createArrayOf("float8", latitudes.toArray());
      Array lo = connection.createArrayOf("float8", longitudes.toArray());
      insert.setArray(1, p);
      insert.setArray(2, la);
      insert.setArray(3, lo);
      insert.setArray(4, connection.createArrayOf("varchar", lsoa11.toArray()));
      insert.setArray(5, connection.createArrayOf("varchar", lsoa21.toArray()));
      int written = insert.executeUpdate();
      lsoa11.clear();
      lsoa21.clear();
      postcodes.clear();
      latitudes.clear();
      longitudes.clear();
      return written;
    }
  }

  /**
   * Where the columns this import reads are, found by name in the file's header; {@code lsoa11} and
   * {@code lsoa21} are -1 where the release has no such column.
   */
  record Columns(int postcode, int latitude, int longitude, int lsoa11, int lsoa21) {

    /**
     * @throws IllegalArgumentException when the header lacks pcds, lat or long
     */
    static Columns of(String header) {
      List<String> names = fields(stripBom(header)).stream().map(PostcodeImport::name).toList();
      return new Columns(
          column(names, "pcds"),
          column(names, "lat"),
          column(names, "long"),
          names.indexOf("lsoa11"),
          names.indexOf("lsoa21"));
    }

    /** One data line: its postcode, if it is one, and its position, if ONSPD gives one. */
    Row read(String line) {
      List<String> row = fields(line);
      Optional<Postcode> postcode =
          row.size() > this.postcode ? Postcode.parse(row.get(this.postcode)) : Optional.empty();
      if (postcode.isEmpty()) {
        return new Row(postcode, null, null, null, null);
      }
      Double latitude = number(row, this.latitude);
      Double longitude = number(row, this.longitude);
      if (latitude == null
          || longitude == null
          || Math.abs(latitude - NO_POSITION) < 1e-6
          || !(latitude >= -90 && latitude <= 90) // NaN too: Double.parseDouble reads "NaN"
          || !(longitude >= -180 && longitude <= 180)) {
        return new Row(postcode, null, null, null, null);
      }
      return new Row(postcode, latitude, longitude, lsoa(row, lsoa11), lsoa(row, lsoa21));
    }
  }

  /**
   * A data line read: no postcode, a postcode without a position, or both, with its LSOA codes
   * where the release has them (null otherwise).
   */
  record Row(
      Optional<Postcode> postcode,
      Double latitude,
      Double longitude,
      String lsoa11,
      String lsoa21) {}

  /** An LSOA code as ONS writes them (a letter and eight digits, E01 in England), else null. */
  static String lsoa(List<String> row, int column) {
    if (column < 0 || row.size() <= column) {
      return null;
    }
    String code = row.get(column).strip().toUpperCase(Locale.ROOT);
    return LSOA.matcher(code).matches() ? code : null;
  }

  private static int column(List<String> columns, String name) {
    int index = columns.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException(
          "Not an ONS Postcode Directory CSV: its header has no '" + name + "' column");
    }
    return index;
  }

  private static String name(String header) {
    return header.strip().toLowerCase(Locale.ROOT);
  }

  private static Double number(List<String> row, int column) {
    if (row.size() <= column || row.get(column).isBlank()) {
      return null;
    }
    try {
      return Double.parseDouble(row.get(column).strip());
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  private static String stripBom(String header) {
    return header.startsWith("\uFEFF") ? header.substring(1) : header;
  }

  /** One CSV line's fields (RFC 4180 quoting; ONSPD quotes its text columns). */
  static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
