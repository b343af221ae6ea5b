package org.openneighbourhood.api.schema.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One INSERT statement, its text and parameters, to run alone or with others in one round trip
 * ({@link #together}): PostgreSQL runs data-modifying statements in a WITH clause as one statement,
 * so a use case that writes five tables pays for one trip to the database, not five.
 *
 * <p>Each value is cast to its column's type in the text, so a null needs no type of its own.
 *
 * @param sql the statement, its parameters numbered from {@code ?1}
 * @param parameters the values of {@code ?1}, {@code ?2}, ..., in order
 */
public record Insert(String sql, List<Object> parameters) {

  private static final Pattern PARAMETER = Pattern.compile("\\?(\\d+)");

  public Insert {
    parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
  }

  /** Runs the statement alone; returns how many rows it inserted. */
  public int execute(EntityManager em) {
    return bind(em.createNativeQuery(sql), parameters).executeUpdate();
  }

  /**
   * Runs the statements as one: all inserted or (when the transaction rolls back) none.
   *
   * @return how many rows the last statement inserted
   */
  public static int together(EntityManager em, List<Insert> inserts) {
    return inserts.isEmpty() ? 0 : combined(inserts).execute(em);
  }

  /**
   * The statements as one: every one but the last in a WITH clause, their parameters renumbered.
   */
  static Insert combined(List<Insert> inserts) {
    StringBuilder sql = new StringBuilder();
    List<Object> parameters = new ArrayList<>();
    for (int i = 0; i < inserts.size(); i++) {
      Insert insert = inserts.get(i);
      String renumbered = renumber(insert.sql, parameters.size());
      parameters.addAll(insert.parameters);
      if (i == inserts.size() - 1) {
        sql.append(i == 0 ? "" : " ").append(renumbered);
      } else {
        sql.append(i == 0 ? "with " : ", ").append("w").append(i + 1).append(" as (");
        sql.append(renumbered).append(")");
      }
    }
    return new Insert(sql.toString(), parameters);
  }

  /** A one-row insert of these columns (in order), each value cast to the column's SQL type. */
  public static Insert row(String table, Columns columns) {
    return rows(table, List.of(columns), "");
  }

  /**
   * A multi-row insert; every row names the same columns in the same order.
   *
   * @param suffix what follows the values, such as {@code on conflict (...) do nothing}, or ""
   */
  public static Insert rows(String table, List<Columns> rows, String suffix) {
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("An insert of no rows into " + table);
    }
    List<String> names = List.copyOf(rows.get(0).values.keySet());
    StringBuilder sql =
        new StringBuilder("insert into ")
            .append(table)
            .append(" (")
            .append(String.join(", ", names))
            .append(") values ");
    List<Object> parameters = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      Columns row = rows.get(r);
      if (!List.copyOf(row.values.keySet()).equals(names)) {
        throw new IllegalArgumentException("Rows of one insert into " + table + " differ");
      }
      sql.append(r == 0 ? "(" : ", (");
      int c = 0;
      for (Map.Entry<String, Typed> column : row.values.entrySet()) {
        parameters.add(column.getValue().value);
        sql.append(c++ == 0 ? "" : ", ")
            .append("cast(?")
            .append(parameters.size())
            .append(" as ")
            .append(column.getValue().type)
            .append(")");
      }
      sql.append(")");
    }
    return new Insert(sql.append(suffix.isEmpty() ? "" : " " + suffix).toString(), parameters);
  }

  private static String renumber(String sql, int offset) {
    Matcher parameter = PARAMETER.matcher(sql);
    StringBuilder renumbered = new StringBuilder();
    while (parameter.find()) {
      parameter.appendReplacement(
          renumbered, "?" + (Integer.parseInt(parameter.group(1)) + offset));
    }
    return parameter.appendTail(renumbered).toString();
  }

  private static Query bind(Query query, List<Object> parameters) {
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, jdbcValue(parameters.get(i)));
    }
    return query;
  }

  /** Enums go as their names (the columns are text); instants as UTC offset date-times. */
  private static Object jdbcValue(Object value) {
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    if (value instanceof Instant instant) {
      return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
    return value;
  }

  private record Typed(Object value, String type) {}

  /** A row's columns, in order, each with its value and SQL type. */
  public static final class Columns {

    private final Map<String, Typed> values = new LinkedHashMap<>();

    public Columns put(String column, Object value, String sqlType) {
      if (values.put(column, new Typed(value, sqlType)) != null) {
        throw new IllegalArgumentException("Column " + column + " twice");
      }
      return this;
    }

    public Columns uuid(String column, Object value) {
      return put(column, value, "uuid");
    }

    public Columns text(String column, Object value) {
      return put(column, value, "text");
    }

    public Columns time(String column, Instant value) {
      return put(column, value, "timestamptz");
    }

    public Columns bool(String column, boolean value) {
      return put(column, value, "boolean");
    }

    public Columns integer(String column, int value) {
      return put(column, value, "integer");
    }

    public Columns bigint(String column, long value) {
      return put(column, value, "bigint");
    }
  }
}
