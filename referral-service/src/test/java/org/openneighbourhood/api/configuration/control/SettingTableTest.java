package org.openneighbourhood.api.configuration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The configuration table operators read (deployment/README.md) and the settings this war reads
 * ({@link Setting}) say the same: every key is in the table with its environment variable, the
 * table names no key the war does not read, and a default is the one the code declares.
 */
class SettingTableTest {

  private static final Path TABLE = Path.of("..", "deployment", "README.md");
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");

  private record Row(List<String> keys, List<String> variables, String usedBy, String byDefault) {}

  @Test
  void everySettingIsInTheTableWithItsVariableAndNothingElseIs() throws IOException {
    List<Row> rows = rows();
    Set<String> tableKeys = new TreeSet<>();
    for (Row row : rows) {
      if (row.usedBy().contains("referral-service")) {
        tableKeys.addAll(row.keys());
      }
    }
    Set<String> settingKeys = new TreeSet<>();
    for (Setting setting : Setting.values()) {
      settingKeys.add(setting.key());
      Row row = rowOf(rows, setting);
      String variable = setting.key().toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
      assertTrue(
          row.variables().contains(variable),
          setting.key() + " is set as " + variable + ": " + row);
    }
    assertEquals(settingKeys, tableKeys, "the table's referral-service keys are the war's");
  }

  @Test
  void aDefaultInTheTableIsTheOneTheCodeDeclares() throws IOException {
    List<Row> rows = rows();
    for (Setting setting : EnumSet.allOf(Setting.class)) {
      setting
          .defaultValue()
          .ifPresent(
              value -> {
                Row row = rowOf(rows, setting);
                assertTrue(
                    row.byDefault().startsWith("`" + value + "`"),
                    setting.key()
                        + " defaults to "
                        + value
                        + ", the table says "
                        + row.byDefault());
              });
    }
  }

  private static Row rowOf(List<Row> rows, Setting setting) {
    return rows.stream()
        .filter(row -> row.keys().contains(setting.key()))
        .filter(row -> row.usedBy().contains("referral-service"))
        .findFirst()
        .orElseThrow(() -> new AssertionError(setting.key() + " is not in " + TABLE));
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
