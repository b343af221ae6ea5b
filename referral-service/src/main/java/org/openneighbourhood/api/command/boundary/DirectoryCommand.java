package org.openneighbourhood.api.command.boundary;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.flywaydb.core.Flyway;
import org.openneighbourhood.api.directory.control.DeprivationImport;
import org.openneighbourhood.api.directory.control.PostcodeImport;
import org.openneighbourhood.api.openreferral.control.OpenReferralFeed;
import org.openneighbourhood.api.openreferral.control.OpenReferralImport;

/**
 * {@code ./directory import-postcodes FILE}, {@code ./directory import-deprivation FILE} and {@code
 * ./directory import-oruk FILE...}: the operator's imports, against the database the API uses (the
 * same {@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}, or {@code -Ddb.url=...}). The schema
 * is brought up to date first, as the API does at start-up, so a new, empty directory can be filled
 * before the API first runs. Progress goes to standard output as it happens; an Open Referral
 * import ends with the report of every record it rejected and why. Exit status: 0 done, 3 done with
 * rejected records, 2 wrong usage, 1 failed.
 *
 * <p>A command-line program: it writes to standard output on purpose.
 */
public final class DirectoryCommand {

  static final int DONE = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;
  static final int REJECTED = 3;

  private final PrintStream out;
  private final Function<String, Optional<String>> settings;

  DirectoryCommand(PrintStream out, Function<String, Optional<String>> settings) {
    this.out = out;
    this.settings = settings;
  }

  public static void main(String[] args) {
    Map<String, String> environment = System.getenv();
    DirectoryCommand command =
        new DirectoryCommand(
            System.out,
            key ->
                Optional.ofNullable(System.getProperty(key))
                    .or(
                        () ->
                            Optional.ofNullable(
                                environment.get(key.toUpperCase().replace('.', '_')))));
    System.exit(command.run(args));
  }

  int run(String[] args) {
    if (args.length < 2
        || !List.of("import-postcodes", "import-deprivation", "import-oruk").contains(args[0])
        || (!args[0].equals("import-oruk") && args.length != 2)) {
      out.println(
          "Usage: ./directory import-postcodes ONSPD.csv|ONSPD.zip\n"
              + "       ./directory import-deprivation IoD_File_7.csv\n"
              + "       ./directory import-oruk FEED.json [FEED.json...]\n"
              + "Database from DB_URL, DB_USER, DB_PASSWORD (or -Ddb.url=... -Ddb.user=..."
              + " -Ddb.password=...).");
      return USAGE;
    }
    try (Connection db = connect()) {
      migrate();
      return switch (args[0]) {
        case "import-postcodes" -> postcodes(Path.of(args[1]), db);
        case "import-deprivation" -> deprivation(Path.of(args[1]), db);
        default -> feeds(List.of(args).subList(1, args.length), db);
      };
    } catch (SQLException | IOException | RuntimeException e) {
      out.println("Import failed: " + e.getMessage());
      return FAILED;
    }
  }

  private Connection connect() throws SQLException {
    String url = setting("db.url", "jdbc:postgresql://localhost:5432/neighbourhood");
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("db.url must be a PostgreSQL JDBC URL");
    }
    return DriverManager.getConnection(
        url, setting("db.user", "neighbourhood"), setting("db.password", "neighbourhood"));
  }

  private void migrate() {
    Flyway.configure(getClass().getClassLoader())
        .dataSource(
            setting("db.url", "jdbc:postgresql://localhost:5432/neighbourhood"),
            setting("db.user", "neighbourhood"),
            setting("db.password", "neighbourhood"))
        .locations("classpath:db/migration")
        .load()
        .migrate();
  }

  private String setting(String key, String otherwise) {
    return settings.apply(key).filter(value -> !value.isBlank()).orElse(otherwise);
  }

  /** The ONS Postcode Directory: its CSV, or the zip ONS publishes (its main CSV inside). */
  int postcodes(Path file, Connection db) throws IOException, SQLException {
    long size = Files.size(file);
    out.println("Importing postcode positions from " + file + " (" + megabytes(size) + ")");
    long started = System.nanoTime();
    db.setAutoCommit(false);
    try (InputStream in = Files.newInputStream(file);
        BufferedReader csv = reader(file, in)) {
      long[] lastTold = {0};
      PostcodeImport.Result result =
          PostcodeImport.load(
              csv,
              db,
              (rows, characters) -> {
                long now = System.nanoTime();
                if (now - lastTold[0] > 1_000_000_000L) {
                  lastTold[0] = now;
                  out.printf(
                      "  %,d rows read%s%n",
                      rows,
                      file.toString().endsWith(".zip")
                          ? ""
                          : " (" + Math.min(100, characters * 100 / Math.max(1, size)) + "%)");
                }
              });
      db.commit();
      out.printf(
          "Done in %d s: %,d rows read, %,d postcodes imported, %,d without a position (ONSPD"
              + " has none for them), %,d not a postcode.%n",
          (System.nanoTime() - started) / 1_000_000_000L,
          result.rowsRead(),
          result.imported(),
          result.withoutPosition(),
          result.notAPostcode());
      return DONE;
    } catch (SQLException | RuntimeException e) {
      db.rollback();
      throw e;
    }
  }

  /**
   * The English Indices of Deprivation CSV: each LSOA's IMD decile, replacing the edition there
   * was.
   */
  int deprivation(Path file, Connection db) throws IOException, SQLException {
    long size = Files.size(file);
    out.println("Importing deprivation deciles from " + file + " (" + megabytes(size) + ")");
    long started = System.nanoTime();
    db.setAutoCommit(false);
    try (BufferedReader csv = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      long[] lastTold = {0};
      DeprivationImport.Result result =
          DeprivationImport.load(
              csv,
              db,
              (rows, characters) -> {
                long now = System.nanoTime();
                if (now - lastTold[0] > 1_000_000_000L) {
                  lastTold[0] = now;
                  out.printf(
                      "  %,d rows read (%d%%)%n",
                      rows, Math.min(100, characters * 100 / Math.max(1, size)));
                }
              });
      db.commit();
      out.printf(
          "Done in %d s: %,d rows read, %,d areas imported (the previous edition replaced), %,d"
              + " rejected (not an LSOA code, or a decile not from 1 to 10).%n",
          (System.nanoTime() - started) / 1_000_000_000L,
          result.rowsRead(),
          result.imported(),
          result.rejected());
      return result.rejected() > 0 ? REJECTED : DONE;
    } catch (SQLException | RuntimeException e) {
      db.rollback();
      throw e;
    }
  }

  private static BufferedReader reader(Path file, InputStream in) throws IOException {
    if (!file.toString().toLowerCase().endsWith(".zip")) {
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
    ZipInputStream zip = new ZipInputStream(in);
    ZipEntry entry;
    while ((entry = zip.getNextEntry()) != null) {
      String name = entry.getName();
      // the ONSPD zip holds Data/ONSPD_<MON>_<YEAR>_UK.csv and per-area files under multi_csv/
      if (name.endsWith("_UK.csv") && !name.contains("multi_csv")) {
        return new BufferedReader(new InputStreamReader(zip, StandardCharsets.UTF_8), 1 << 16);
      }
    }
    throw new IllegalArgumentException(
        file + " holds no Data/ONSPD_..._UK.csv: is it the ONS Postcode Directory zip?");
  }

  /** Open Referral UK feeds, one file after another. */
  int feeds(List<String> files, Connection db) throws IOException, SQLException {
    int status = DONE;
    for (String name : files) {
      Path file = Path.of(name);
      out.println(
          "Importing Open Referral UK feed " + file + " (" + megabytes(Files.size(file)) + ")");
      OpenReferralFeed feed;
      try (JsonReader reader = Json.createReader(Files.newBufferedReader(file))) {
        JsonStructure json = reader.read();
        feed = OpenReferralFeed.read(json);
      } catch (JsonException notJson) {
        out.println("  not JSON: " + notJson.getMessage());
        status = FAILED;
        continue;
      }
      out.printf(
          "  read %d records: %d services, %d organisations, %d taxonomies, %d terms%n",
          feed.records(),
          feed.services().size(),
          feed.organisations().size(),
          feed.taxonomies().size(),
          feed.terms().size());
      long[] lastTold = {0};
      OpenReferralImport.Result result =
          OpenReferralImport.write(
              feed,
              db,
              (done, of) -> {
                long now = System.nanoTime();
                if (done == of || now - lastTold[0] > 1_000_000_000L) {
                  lastTold[0] = now;
                  out.printf("  services: %d of %d (%d%%)%n", done, of, done * 100 / of);
                }
              });
      List<String> report = new ArrayList<>();
      result.rejected().forEach(r -> report.add("  REJECTED " + r.record() + ": " + r.reason()));
      result.notes().forEach(note -> report.add("  note: " + note));
      out.printf(
          "Done: %d services imported, %d organisations, %d taxonomies, %d terms; %d records"
              + " rejected.%n",
          result.servicesImported(),
          result.organisations(),
          result.taxonomies(),
          result.terms(),
          result.rejected().size());
      report.forEach(out::println);
      if (!result.rejected().isEmpty() && status == DONE) {
        status = REJECTED;
      }
    }
    return status;
  }

  private static String megabytes(long bytes) {
    return bytes < 1_000_000 ? bytes / 1000 + " kB" : bytes / 1_000_000 + " MB";
  }
}
