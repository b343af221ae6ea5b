package org.openneighbourhood.deployment.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Fills the database with a region's referrals straight through SQL ({@code benchmark/*.sql}): the
 * API makes a few dozen a second, a million would take hours. The rows are what the API would have
 * left (statuses, timelines, consents, list columns), so that the lists show them whole.
 */
final class ReferralData {

  private final Connection db;

  ReferralData(Connection db) {
    this.db = db;
  }

  /** The region's organisations and services, beside the demo ones; once per database. */
  void loadRegion() throws SQLException {
    try (Statement statement = db.createStatement()) {
      statement.execute(script("region.sql"));
    }
  }

  /** Adds referrals until there are {@code total}; the database is then vacuumed and analysed. */
  void growTo(long total) throws SQLException {
    long missing = total - referrals();
    if (missing <= 0) {
      return;
    }
    db.setAutoCommit(false);
    try (Statement statement = db.createStatement()) {
      statement.execute("select set_config('benchmark.count', '" + missing + "', true)");
      statement.execute(script("referrals.sql"));
      db.commit();
    } catch (SQLException e) {
      db.rollback();
      throw e;
    } finally {
      db.setAutoCommit(true);
    }
    // As autovacuum would in time: statistics for the planner, visibility for index-only scans.
    try (Statement statement = db.createStatement()) {
      statement.execute("vacuum analyze");
    }
  }

  long referrals() throws SQLException {
    try (Statement statement = db.createStatement();
        ResultSet count = statement.executeQuery("select count(*) from referral")) {
      count.next();
      return count.getLong(1);
    }
  }

  /** People in the organisation's care team: those its staff may refer. */
  List<UUID> careTeamOf(String organisationAlias) throws SQLException {
    return ids(
        "select m.person_id from care_team_member m join organisation o on o.id = m.organisation_id"
            + " where o.alias = ? and m.ended_at is null order by m.person_id",
        organisationAlias);
  }

  /**
   * Services taking referrals with no limit on open ones, of organisations other than ours; not
   * those listed in the directory only, whom people contact themselves.
   */
  List<UUID> servicesAcceptingFrom(String organisationAlias) throws SQLException {
    return ids(
        "select s.id from service s join organisation o on o.id = s.organisation_id"
            + " where s.capacity = 'ACCEPTING' and s.accepts_referrals"
            + " and s.max_open_referrals is null and o.alias <> ?"
            + " order by s.id",
        organisationAlias);
  }

  private List<UUID> ids(String sql, String parameter) throws SQLException {
    try (PreparedStatement query = db.prepareStatement(sql)) {
      query.setString(1, parameter);
      List<UUID> ids = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getObject(1, UUID.class));
        }
      }
      return ids;
    }
  }

  static String script(String name) {
    try (InputStream in = ReferralData.class.getResourceAsStream("/benchmark/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
