package org.openneighbourhood.api.schema.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

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

  public Insert {
    parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
  }

  /**
   * The statement as JDBC takes it: each {@code ?N} a {@code ?}, with {@code ?N}'s value in its
   * place (a value named twice is bound twice).
   */
  record Jdbc(String sql, List<Object> values) {}

  /** Runs the statement alone; returns how many rows it inserted. */
  public int execute(EntityManager em) {
    return run(em, jdbc(List.of(this)));
  }

  /**
   * Runs the statements as one: all inserted or (when the transaction rolls back) none.
   *
   * @return how many rows the last statement inserted
   */
  public static int together(EntityManager em, List<Insert> inserts) {
    return inserts.isEmpty() ? 0 : run(em, jdbc(inserts));
  }

  /**
   * The statements as one, as JDBC takes it: every one but the last in a WITH clause. Each
   * statement's {@code ?N} becomes a {@code ?} with its value in place, so that nothing needs
   * renumbering.
   */
  static Jdbc jdbc(List<Insert> inserts) {
    StringBuilder sql = new StringBuilder();
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < inserts.size(); i++) {
      Insert insert = inserts.get(i);
      if (i == inserts.size() - 1) {
        sql.append(i == 0 ? "" : " ");
        insert.positionalInto(sql, values);
      } else {
        sql.append(i == 0 ? "with " : ", ").append("w").append(i + 1).append(" as (");
        insert.positionalInto(sql, values);
        sql.append(")");
      }
    }
    return new Jdbc(sql.toString(), values);
  }

  /** Appends this statement's text with each {@code ?N} as {@code ?}, and {@code ?N}'s value. */
  private void positionalInto(StringBuilder out, List<Object> values) {
    int from = 0;
    for (int mark = sql.indexOf('?'); mark >= 0; mark = sql.indexOf('?', from)) {
      int end = mark + 1;
      int number = 0;
      while (end < sql.length() && Character.isDigit(sql.charAt(end))) {
        number = number * 10 + (sql.charAt(end) - '0');
        end++;
      }
      if (end == mark + 1) {
        throw new IllegalArgumentException("A parameter without its number in: " + sql);
      }
      out.append(sql, from, mark).append('?');
      values.add(parameters.get(number - 1));
      from = end;
    }
    out.append(sql, from, sql.length());
  }

  /**
   * Runs the statement on the transaction's connection, straight through JDBC: Hibernate would
   * parse the text of a native statement again at every run, which was a tenth of a BaRS create's
   * CPU with the renumbering (deployment/BENCHMARK.md). Pending changes are written first, as
   * Hibernate does before a native statement, so that the rows they reference are there.
   */
  private static int run(EntityManager em, Jdbc statement) {
    if (em.getFlushMode() == FlushModeType.AUTO) {
      em.flush();
    }
    return em.unwrap(Session.class)
        .doReturningWork(
            connection -> {
              try (PreparedStatement insert = connection.prepareStatement(statement.sql())) {
                for (int i = 0; i < statement.values().size(); i++) {
                  bind(insert, i + 1, statement.values().get(i));
                }
                return insert.executeUpdate();
              }
            });
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

  /**
   * Binds a value: enums as their names (the columns are text), instants as UTC offset date-times,
   * a null with no type of its own (the statement casts each value to its column's type).
   */
  private static void bind(PreparedStatement statement, int index, Object value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.OTHER);
    } else if (value instanceof Enum<?> constant) {
      statement.setString(index, constant.name());
    } else if (value instanceof Instant instant) {
      statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    } else {
      statement.setObject(index, value);
    }
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
