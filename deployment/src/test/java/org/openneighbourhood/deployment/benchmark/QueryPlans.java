package org.openneighbourhood.deployment.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The plans PostgreSQL makes for the list queries, with {@code EXPLAIN ANALYZE}. The SQL is what
 * Hibernate 6 writes for {@code ReferralRepository.list} (the organisation by its id, found first;
 * DRAFT written in; statuses as bind parameters), prepared, because the JDBC driver prepares a
 * statement on the server from its fifth use and PostgreSQL may then plan it once for any
 * parameters: each query is explained with a plan for its values and with that generic plan.
 */
final class QueryPlans {

  private static final String GREEN_MINDS = "'00000000-0000-0000-0000-00000000a004'";
  private static final String NORTHGATE_PCN = "'00000000-0000-0000-0000-00000000a002'";
  private static final String NOT_DRAFT = "and r.status <> 'DRAFT'";

  /** One list query of the API: the page of rows or the count beside it. */
  enum ListQuery {
    INBOX_PAGE(
        "inbox, first page", "(uuid, int)", page("receiving", NOT_DRAFT, 2), GREEN_MINDS + ", 25"),
    INBOX_COUNT("inbox, count", "(uuid)", count("receiving", NOT_DRAFT), GREEN_MINDS),
    INBOX_WAITING_PAGE(
        "inbox ?status=SENT&status=SEEN, first page",
        "(uuid, int, text, text, int)",
        page("receiving", NOT_DRAFT + " and r.list_group in ($2) and r.status in ($3, $4)", 5),
        GREEN_MINDS + ", 0, 'SENT', 'SEEN', 25"),
    SENT_PAGE("sent, first page", "(uuid, int)", page("referring", "", 2), NORTHGATE_PCN + ", 25"),
    SENT_COUNT("sent, count", "(uuid)", count("referring", ""), NORTHGATE_PCN);

    private final String title;
    private final String types;
    private final String sql;
    private final String values;

    ListQuery(String title, String types, String sql, String values) {
      this.title = title;
      this.types = types;
      this.sql = sql;
      this.values = values;
    }

    String title() {
      return title;
    }
  }

  /** What PostgreSQL did for one query in one planning mode. */
  record Plan(ListQuery query, boolean generic, double millis, String text) {}

  private QueryPlans() {}

  static List<Plan> explain(Connection db) throws SQLException {
    List<Plan> plans = new ArrayList<>();
    try (Statement statement = db.createStatement()) {
      for (ListQuery query : ListQuery.values()) {
        statement.execute("prepare list_query " + query.types + " as " + query.sql);
        for (boolean generic : new boolean[] {false, true}) {
          statement.execute(
              "set plan_cache_mode = " + (generic ? "force_generic_plan" : "force_custom_plan"));
          plans.add(explain(statement, query, generic));
        }
        statement.execute("deallocate list_query");
      }
      statement.execute("reset plan_cache_mode");
    }
    return plans;
  }

  private static Plan explain(Statement statement, ListQuery query, boolean generic)
      throws SQLException {
    StringBuilder text = new StringBuilder();
    double millis = 0;
    try (ResultSet lines =
        statement.executeQuery(
            "explain (analyze, buffers) execute list_query(" + query.values + ")")) {
      while (lines.next()) {
        String line = lines.getString(1);
        text.append(line).append('\n');
        if (line.startsWith("Execution Time: ")) {
          millis = Double.parseDouble(line.replaceAll("[^0-9.]", ""));
        }
      }
    }
    return new Plan(query, generic, millis, text.toString());
  }

  private static String page(String side, String filter, int limitParameter) {
    return "select r.* from referral r where r."
        + side
        + "_organisation_id = $1 "
        + filter
        + " order by r.list_group, r.list_order, r.created_at desc, r.id limit $"
        + limitParameter;
  }

  /** The count as {@code ReferralRepository.countUpTo} writes it: no further than 1,001 rows. */
  private static String count(String side, String filter) {
    return "select count(*) from (select 1 from referral r where r."
        + side
        + "_organisation_id = $1 "
        + filter
        + " limit 1001) capped";
  }
}
