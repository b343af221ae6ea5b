package org.openneighbourhood.api.directory.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Loads the Index of Multiple Deprivation decile of each LSOA in England from the English Indices
 * of Deprivation CSV (the Ministry's open data, its file 1 or file 7) into {@code deprivation},
 * replacing the whole table: an edition is on one LSOA geography, and a decile of another edition
 * left behind would be compared with this one's. Columns are found by the start of their header, so
 * the 2019 edition ({@code LSOA code (2011)}) and a later one ({@code LSOA code (2021)}) both read:
 * {@code LSOA code (...)} and {@code Index of Multiple Deprivation (IMD) Decile...}. A row whose
 * code is not an LSOA code or whose decile is not 1 to 10 is counted and skipped, never guessed.
 * Plain JDBC in the caller's transaction, so the operator's command and the demo loader share it.
 */
public final class DeprivationImport {

  static final int BATCH = 10_000;

  private static final String LSOA_COLUMN = "lsoa code (";
  private static final String DECILE_COLUMN = "index of multiple deprivation (imd) decile";

  /** What an import did. */
  public record Result(long rowsRead, long imported, long rejected) {}

  private DeprivationImport() {}

  /**
   * Reads the CSV and replaces the deciles in the connection's transaction (commits are the
   * caller's).
   *
   * @throws IllegalArgumentException when the header lacks the LSOA code or the IMD decile column
   */
  public static Result load(
      BufferedReader csv, Connection connection, PostcodeImport.Progress progress)
      throws SQLException {
    try {
      String header = csv.readLine();
      if (header == null) {
        throw new IllegalArgumentException(
            "The file is empty: expected the English Indices of Deprivation CSV header");
      }
      Columns columns = Columns.of(header);
      long characters = header.length() + 1;
      try (Statement clear = connection.createStatement()) {
        clear.executeUpdate("delete from deprivation");
      }
      List<String> areas = new ArrayList<>(BATCH);
      List<Integer> deciles = new ArrayList<>(BATCH);
      long read = 0;
      long imported = 0;
      long rejected = 0;
      String line;
      while ((line = csv.readLine()) != null) {
        characters += line.length() + 1;
        if (line.isBlank()) {
          continue;
        }
        read++;
        Decile decile = columns.read(line);
        if (decile == null) {
          rejected++;
          continue;
        }
        areas.add(decile.lsoa());
        deciles.add(decile.decile());
        if (areas.size() == BATCH) {
          imported += write(connection, areas, deciles);
          progress.batchWritten(read, characters);
        }
      }
      imported += write(connection, areas, deciles);
      progress.batchWritten(read, characters);
      return new Result(read, imported, rejected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int write(Connection connection, List<String> areas, List<Integer> deciles)
      throws SQLException {
    if (areas.isEmpty()) {
      return 0;
    }
    // one area twice in the file would make "on conflict" fail within a batch: keep the last
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into deprivation (lsoa, imd_decile)"
                + " select distinct on (a) a, d"
                + " from unnest(?::varchar[], ?::int4[]) with ordinality as r (a, d, n)"
                + " order by a, n desc"
                + " on conflict (lsoa) do update set imd_decile = excluded.imd_decile")) {
      insert.setArray(1, connection.createArrayOf("varchar", areas.toArray()));
      insert.setArray(2, connection.createArrayOf("int4", deciles.toArray()));
      int written = insert.executeUpdate();
      areas.clear();
      deciles.clear();
      return written;
    }
  }

  /** An LSOA and its decile, 1 the most deprived tenth of England's LSOAs, 10 the least. */
  record Decile(String lsoa, int decile) {}

  /** Where the LSOA code and the IMD decile are, found by the start of their header. */
  record Columns(int lsoa, int decile) {

    /**
     * @throws IllegalArgumentException when the header lacks either column
     */
    static Columns of(String header) {
      String line = header.startsWith("\uFEFF") ? header.substring(1) : header;
      List<String> names =
          PostcodeImport.fields(line).stream()
              .map(name -> name.strip().toLowerCase(Locale.ROOT))
              .toList();
      return new Columns(
          column(names, LSOA_COLUMN, "LSOA code (2011)"),
          column(names, DECILE_COLUMN, "Index of Multiple Deprivation (IMD) Decile"));
    }

    /** One data line's LSOA and decile, or null when either is not what it should be. */
    Decile read(String line) {
      List<String> row = PostcodeImport.fields(line);
      String code = PostcodeImport.lsoa(row, lsoa);
      if (code == null || row.size() <= decile) {
        return null;
      }
      try {
        int value = Integer.parseInt(row.get(decile).strip());
        return value >= 1 && value <= 10 ? new Decile(code, value) : null;
      } catch (NumberFormatException notANumber) {
        return null;
      }
    }
  }

  private static int column(List<String> names, String start, String shown) {
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).startsWith(start)) {
        return i;
      }
    }
    throw new IllegalArgumentException(
        "Not an English Indices of Deprivation CSV: its header has no '" + shown + "' column");
  }
}
