package org.openneighbourhood.deployment.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.stack.OrukSchemas;
import org.openneighbourhood.deployment.stack.RunningStack;

/**
 * The operator's import ({@code ./directory}, run here as the same command) through a round trip:
 * the demo directory exported through its public Open Referral UK API, imported into a new, empty
 * database, served by a second instance and exported again, the same; then the profile's examples
 * import without a rejected record, a bad feed is reported record by record, and the samples of the
 * ONS Postcode Directory and of the English Indices of Deprivation load with their progress shown.
 */
@ExtendWith(RunningStack.class)
@Tag("directory")
class OpenReferralImportIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** Where the feeds written for the command go; removed after each test. */
  @TempDir Path feeds;

  /** What a run of the command printed, and how it ended. */
  record Run(int status, String output) {}

  @Test
  void anExportedDirectoryImportedIntoAnEmptyOneIsExportedTheSame(LocalStack stack)
      throws Exception {
    Map<String, JsonNode> before = export(stack.apiUrl());
    ArrayNode feed = JSON.createArrayNode();
    before.forEach((path, answer) -> feed.add(answer));
    Path file = Files.createTempFile(feeds, "oruk-export", ".json");
    Files.writeString(file, JSON.writeValueAsString(feed));

    String empty = stack.createDatabase("roundtrip");
    Run imported = command(stack, empty, "import-oruk", file.toString());
    assertEquals(0, imported.status(), imported.output());
    assertTrue(imported.output().contains("0 records rejected"), imported.output());
    int services = before.get("/services").get("total_items").asInt();
    assertTrue(
        imported.output().contains("services: " + services + " of " + services + " (100%)"),
        "progress shown: " + imported.output());

    try (LocalStack.Instance second =
        stack.startAnotherInstance(Map.of("DB_URL", empty, "NEIGHBOURHOOD_DEMO_DATA", "false"))) {
      Map<String, JsonNode> after = export(second.apiUrl());
      assertEquals(before.keySet(), after.keySet());
      for (String path : before.keySet()) {
        assertEquals(before.get(path), after.get(path), path + " differs after the round trip");
      }

      for (String example :
          List.of(
              "service_full.json",
              "service_list.json",
              "service_at_location_full.json",
              "service_at_location_list.json",
              "organization_full.json",
              "organization_list.json",
              "taxonomy.json",
              "taxonomy_list.json",
              "taxonomy_term.json",
              "taxonomy_term_list.json")) {
        Path examplePath = Files.createTempFile(feeds, "oruk-example", ".json");
        Files.writeString(
            examplePath, JSON.writeValueAsString(OrukSchemas.read("examples/" + example)));
        Run run = command(stack, empty, "import-oruk", examplePath.toString());
        assertEquals(0, run.status(), example + ": " + run.output());
        assertTrue(run.output().contains("0 records rejected"), run.output());
      }
      JsonNode counselling =
          get(second.apiUrl(), "/openreferral/services/ac148810-d857-441c-9679-408f346de14b");
      OrukSchemas.assertValid(OrukSchemas.Kind.SERVICE, counselling);
      assertEquals("Community Counselling", counselling.path("name").asText());
      assertEquals("Reception Manager", counselling.path("contacts").get(0).path("title").asText());
      assertEquals(
          "Ann Persona",
          counselling.path("contacts").get(0).path("name").asText(),
          "named as the feed publishes her");
      assertEquals(35, counselling.path("cost_options").get(0).path("amount").asInt());
      assertEquals(
          "2020-01-01", counselling.path("cost_options").get(0).path("valid_from").asText());
    }
  }

  @Test
  void aBadFeedIsReportedRecordByRecordAndTheGoodOnesAreKept(LocalStack stack) throws Exception {
    String database = stack.createDatabase("badfeed");
    Path file = Files.createTempFile(feeds, "oruk-bad", ".json");
    Files.writeString(
        file,
        """
        {"total_items": 7, "contents": [
          {"id": "7a2c5c1e-0000-4000-8000-000000000001", "status": "active",
           "organization": {"id": "7a2c5c1e-0000-4000-8000-0000000000aa", "name": "Parks",
             "description": "Friends of the parks"}},
          {"id": "7a2c5c1e-0000-4000-8000-000000000002", "name": "Park walks", "status": "active",
           "organization": {"id": "7a2c5c1e-0000-4000-8000-0000000000aa", "name": "Parks",
             "description": "Friends of the parks"},
           "attributes": [{"id": "7a2c5c1e-0000-4000-8000-000000000021",
             "taxonomy_term_id": "7a2c5c1e-0000-4000-8000-0000000000ff"}]},
          {"id": "7a2c5c1e-0000-4000-8000-000000000003", "name": "Park run", "status": "active",
           "organization": {"id": "7a2c5c1e-0000-4000-8000-0000000000aa", "name": "Parks",
             "description": "Friends of the parks"},
           "service_at_locations": [{"id": "7a2c5c1e-0000-4000-8000-000000000031",
             "location": {"id": "7a2c5c1e-0000-4000-8000-000000000032", "location_type": "physical",
               "addresses": [{"id": "7a2c5c1e-0000-4000-8000-000000000033",
                 "address_1": "Park Road", "city": "Nottingham", "state_province": "Notts",
                 "postal_code": "NG1 XYZ", "country": "GB", "address_type": "physical"}]}}]},
          {"id": "7a2c5c1e-0000-4000-8000-000000000004", "name": "Park tea", "status": "active",
           "organization": {"id": "7a2c5c1e-0000-4000-8000-0000000000aa", "name": "Parks",
             "description": "Friends of the parks"},
           "phones": [{"id": "7a2c5c1e-0000-4000-8000-000000000041", "number": "0115 496 0400",
             "extension": 12, "type": "voice"}],
           "contacts": [{"id": "7a2c5c1e-0000-4000-8000-000000000042", "name": "Ann Persona",
             "title": "Warden", "department": "Parks team", "email": "warden@parks.example.org",
             "phones": [{"id": "7a2c5c1e-0000-4000-8000-000000000043", "number": "07700 900400",
               "type": "text", "description": "Texts only"}]}],
           "cost_options": [{"id": "7a2c5c1e-0000-4000-8000-000000000044", "option": "Adults",
             "amount": 1.5, "currency": "GBP", "amount_description": "per cup",
             "valid_from": "2026-04-01", "valid_to": "2027-03-31"},
             {"id": "7a2c5c1e-0000-4000-8000-000000000045", "option": "Children", "amount": 0}]},
          {"id": "7a2c5c1e-0000-4000-8000-000000000007", "name": "Dollar tea", "status": "active",
           "organization": {"id": "7a2c5c1e-0000-4000-8000-0000000000aa", "name": "Parks",
             "description": "Friends of the parks"},
           "cost_options": [{"id": "7a2c5c1e-0000-4000-8000-000000000071", "amount": 2,
             "currency": "USD"}]},
          {"id": "7a2c5c1e-0000-4000-8000-000000000005", "name": "Long walk", "status": "active",
           "organization": {"id": "7a2c5c1e-0000-4000-8000-0000000000bb", "name": "%s",
             "description": "A name longer than the directory keeps"}},
          {"id": "7a2c5c1e-0000-4000-8000-000000000006", "name": "Quiet tea", "status": "active",
           "description": "Tea\\u0000and talk",
           "organization": {"id": "7a2c5c1e-0000-4000-8000-0000000000aa", "name": "Parks",
             "description": "Friends of the parks"}}
        ]}
        """
            .formatted("Friends of the long walk ".repeat(12)));
    Run run = command(stack, database, "import-oruk", file.toString());
    assertEquals(3, run.status(), "done, with rejected records: " + run.output());
    String out = run.output();
    assertTrue(out.contains("1 services imported"), out);
    assertTrue(out.contains("7 records rejected"), out);
    assertTrue(
        out.contains(
            "REJECTED service 7a2c5c1e-0000-4000-8000-000000000007 (Dollar tea): cost option"
                + " 7a2c5c1e-0000-4000-8000-000000000071 is in USD"),
        out);
    assertParkTeaKeptItsContactsPhonesAndPrices(stack, database);
    assertTrue(
        out.contains(
            "REJECTED organization 7a2c5c1e-0000-4000-8000-0000000000bb: a text in it is longer"
                + " than the directory keeps (at most 200 characters)"),
        "one organisation, not the whole import: " + out);
    assertTrue(
        out.contains("organization 7a2c5c1e-0000-4000-8000-0000000000bb is neither in the feed"),
        "its service is rejected with it: " + out);
    assertTrue(
        out.contains(
            "REJECTED service 7a2c5c1e-0000-4000-8000-000000000006 (Quiet tea): description holds"
                + " a control character (U+0000)"),
        out);
    assertTrue(
        out.contains("REJECTED service 7a2c5c1e-0000-4000-8000-000000000001: name is missing"),
        out);
    assertTrue(out.contains("unknown taxonomy term 7a2c5c1e-0000-4000-8000-0000000000ff"), out);
    assertTrue(out.contains("'NG1 XYZ' is not a UK postcode"), out);
  }

  /** The good record's contacts, phones and prices, as the tables hold them. */
  private static void assertParkTeaKeptItsContactsPhonesAndPrices(LocalStack stack, String database)
      throws SQLException {
    String tea = "7a2c5c1e-0000-4000-8000-000000000004";
    try (Connection db =
        DriverManager.getConnection(database, stack.databaseUser(), stack.databasePassword())) {
      assertEquals(
          List.of("Ann Persona|Warden|Parks team|warden@parks.example.org"),
          rows(db, "select name, title, department, email from service_contact", tea));
      assertEquals(
          List.of(
              "0115 496 0400|12|VOICE|null|null",
              "07700 900400|null|TEXT|Texts only|7a2c5c1e-0000-4000-8000-000000000042"),
          rows(
              db,
              "select number, extension, type, description, contact_id from service_phone",
              tea));
      assertEquals(
          List.of(
              "Adults|1.50|GBP|per cup|2026-04-01|2027-03-31", "Children|0.00|GBP|null|null|null"),
          rows(
              db,
              "select option, amount, currency, amount_description, valid_from, valid_to"
                  + " from service_cost_option",
              tea));
    }
  }

  /** The rows of one service's table, in its order, each as its columns joined with |. */
  private static List<String> rows(Connection db, String select, String service)
      throws SQLException {
    List<String> rows = new ArrayList<>();
    try (PreparedStatement query =
        db.prepareStatement(select + " where service_id = ?::uuid order by position")) {
      query.setString(1, service);
      try (ResultSet result = query.executeQuery()) {
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
          List<String> values = new ArrayList<>();
          for (int i = 1; i <= columns; i++) {
            values.add(String.valueOf(result.getString(i)));
          }
          rows.add(String.join("|", values));
        }
      }
    }
    return rows;
  }

  @Test
  void theOnsPostcodeDirectoryLoadsWithItsProgressShown(LocalStack stack) throws Exception {
    String database = stack.createDatabase("postcodes");
    Run run = command(stack, database, "import-postcodes", System.getProperty("onspd.sample"));
    assertEquals(0, run.status(), run.output());
    assertTrue(
        run.output().contains("58 rows read, 57 postcodes imported, 1 without a position"),
        run.output());
    assertTrue(run.output().contains("rows read (100%)"), "progress: " + run.output());
    Run again = command(stack, database, "import-postcodes", System.getProperty("onspd.sample"));
    assertEquals(0, again.status(), "a newer release replaces the positions: " + again.output());
    Run missing = command(stack, database, "import-postcodes", "/no/such/ONSPD.csv");
    assertEquals(1, missing.status(), missing.output());
  }

  /**
   * The English Indices of Deprivation's deciles load with their progress shown, replace the
   * edition there was, and meet the postcodes through their areas: the sample's NG1 5AB is in
   * E01090003 (2011), of decile 4. A row that is not an area with a decile is reported, not
   * guessed; a file without the columns is refused.
   */
  @Test
  void theDeprivationDecilesLoadWithTheirProgressAndMeetThePostcodesThroughTheirAreas(
      LocalStack stack) throws Exception {
    String database = stack.createDatabase("deprivation");
    assertEquals(
        0,
        command(stack, database, "import-postcodes", System.getProperty("onspd.sample")).status());
    Run run = command(stack, database, "import-deprivation", System.getProperty("imd.sample"));
    assertEquals(0, run.status(), run.output());
    assertTrue(run.output().contains("29 rows read, 29 areas imported"), run.output());
    assertTrue(run.output().contains("rows read (100%)"), "progress: " + run.output());
    assertEquals(List.of("NG1 5AB|4", "NG2 4HT|8"), deciles(stack, database));

    Path edition = feeds.resolve("File_7_later.csv");
    Files.writeString(
        edition,
        "LSOA code (2021),LSOA name (2021),Index of Multiple Deprivation (IMD) Decile (where 1 is"
            + " most deprived 10% of LSOAs)\n"
            + "E01190003,Northgate 004D,2\n"
            + "E01090007,Northgate 008C,eleven\n");
    Run later = command(stack, database, "import-deprivation", edition.toString());
    assertEquals(3, later.status(), "done, with a rejected row: " + later.output());
    assertTrue(later.output().contains("2 rows read, 1 areas imported"), later.output());
    assertTrue(later.output().contains("1 rejected"), later.output());
    assertEquals(
        List.of("NG1 5AB|2"),
        deciles(stack, database),
        "the 2019 edition replaced; Pat's postcode found through its 2021 area");

    Path notIt = feeds.resolve("not-deprivation.csv");
    Files.writeString(notIt, "pcds,lat,long\nNG1 5AB,52.9,-1.1\n");
    Run refused = command(stack, database, "import-deprivation", notIt.toString());
    assertEquals(1, refused.status(), refused.output());
    assertTrue(refused.output().contains("LSOA code (2011)"), refused.output());
    assertEquals(List.of("NG1 5AB|2"), deciles(stack, database), "nothing changed");
  }

  /** The demo's two people's postcodes with the decile of their area, where there is one. */
  private static List<String> deciles(LocalStack stack, String database) throws SQLException {
    List<String> found = new ArrayList<>();
    try (Connection db =
            DriverManager.getConnection(database, stack.databaseUser(), stack.databasePassword());
        PreparedStatement query =
            db.prepareStatement(
                "select pc.postcode, d.imd_decile from postcode pc"
                    + " join deprivation d on d.lsoa in (pc.lsoa11, pc.lsoa21)"
                    + " where pc.postcode in ('NG1 5AB', 'NG2 4HT') order by pc.postcode");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        found.add(rows.getString(1) + "|" + rows.getInt(2));
      }
    }
    return found;
  }

  /** The whole directory as the ORUK API answers it, by request path. */
  private static Map<String, JsonNode> export(String api) throws IOException, InterruptedException {
    Map<String, JsonNode> answers = new LinkedHashMap<>();
    answers.put("/taxonomies", get(api, "/openreferral/taxonomies?per_page=100"));
    answers.put("/taxonomy_terms", get(api, "/openreferral/taxonomy_terms?per_page=100"));
    JsonNode services = get(api, "/openreferral/services?per_page=100");
    answers.put("/services", services);
    assertTrue(services.get("total_items").asInt() <= 100, "one page holds the demo");
    List<String> ids = new ArrayList<>();
    services.get("contents").forEach(s -> ids.add(s.path("id").asText()));
    for (String id : ids) {
      answers.put("/services/" + id, get(api, "/openreferral/services/" + id));
    }
    answers.put(
        "/service_at_locations", get(api, "/openreferral/service_at_locations?per_page=100"));
    return answers;
  }

  private static JsonNode get(String api, String path) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(api + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), path + ": " + response.body());
    return JSON.readTree(response.body());
  }

  /** Runs the operator's command as {@code ./directory} does, against {@code database}. */
  private static Run command(LocalStack stack, String database, String... args)
      throws IOException, InterruptedException {
    List<String> commandLine = new ArrayList<>();
    commandLine.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    commandLine.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
    commandLine.add("-cp");
    commandLine.add(System.getProperty("directory.command.classpath"));
    commandLine.add("org.openneighbourhood.api.command.boundary.DirectoryCommand");
    commandLine.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(commandLine).redirectErrorStream(true);
    builder.environment().put("DB_URL", database);
    builder.environment().put("DB_USER", stack.databaseUser());
    builder.environment().put("DB_PASSWORD", stack.databasePassword());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the command ends");
    return new Run(process.exitValue(), output);
  }
}
