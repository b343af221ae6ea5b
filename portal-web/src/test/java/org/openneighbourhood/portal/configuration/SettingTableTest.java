package org.openneighbourhood.portal.configuration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The configuration table operators read (deployment/README.md) and the settings this war reads
 * ({@link PortalSetting}) say the same: every key is in the table with its environment variable,
 * the table names no portal-web key the war does not read, and a default is the one the war ships
 * (META-INF/microprofile-config.properties).
 */
class SettingTableTest {

  private static final Path TABLE = Path.of("..", "deployment", "README.md");
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");

  private record Row(List<String> keys, List<String> variables, String usedBy, String byDefault) {}

  @Test
  void everySettingIsInTheTableWithItsVariableAndItsDefault() throws IOException {
    Properties shipped = new Properties();
    try (InputStream file =
        SettingTableTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
      shipped.load(file);
    }
    List<Row> rows = new ArrayList<>();
    for (Row row : rows()) {
      if (row.usedBy().equals("portal-web")) {
        rows.add(row);
      }
    }
    Set<String> tableKeys = new TreeSet<>();
    rows.forEach(row -> tableKeys.addAll(row.keys()));
    Set<String> settingKeys = new TreeSet<>();
    for (PortalSetting setting : PortalSetting.values()) {
      settingKeys.add(setting.key());
      Row row =
          rows.stream()
              .filter(r -> r.keys().contains(setting.key()))
              .findFirst()
              .orElseThrow(() -> new AssertionError(setting.key() + " is not in " + TABLE));
      String variable = setting.key().toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
      assertTrue(row.variables().contains(variable), setting.key() + " is set as " + variable);
      String value = shipped.getProperty(setting.key());
      if (value != null) {
        assertTrue(
            row.byDefault().startsWith("`" + value + "`"),
            setting.key() + " ships " + value + ", the table says " + row.byDefault());
      }
    }
    assertEquals(settingKeys, tableKeys, "the table's portal-web keys are the war's");
  }

  /** The rows of the table whose first column is "key (environment variable)". */
  private static List<Row> rows() throws IOException {
    List<String> lines = Files.readAllLines(TABLE);
    int header = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("| key (environment variable) |")) {
        header = i;
      }
    }
    assertTrue(header >= 0, "the configuration table is in " + TABLE);
    List<Row> rows = new ArrayList<>();
    for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      String[] cells = lines.get(i).split("\\|");
      List<String> keys = new ArrayList<>();
      List<String> variables = new ArrayList<>();
      Matcher code = CODE.matcher(cells[1]);
      while (code.find()) {
        String name = code.group(1);
        (name.equals(name.toUpperCase(Locale.ROOT)) ? variables : keys).add(name);
      }
      rows.add(new Row(keys, variables, cells[2].strip(), cells[3].strip()));
    }
    return rows;
  }
}
