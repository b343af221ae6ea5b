package org.openneighbourhood.api.reporting.control;

import jakarta.persistence.Query;
import org.openneighbourhood.api.reporting.entity.Scope;

/**
 * A report's filters ({@link Scope}) as SQL, the same for every statement of it, so that every
 * figure of one report counts the same referrals: a category takes the services that have it in any
 * place (named parameter {@code :category}), an organisation the services it runs ({@code
 * :organisation}), an area the referrals from organisations in it ({@code :area}, see {@link
 * #areaOf}). A statement written with {@link #where} has its values bound by {@link #bind}.
 */
final class ReportFilters {

  private ReportFilters() {}

  /**
   * The neighbourhood area of the organisation whose id is in {@code organisation}, as text: the
   * PCN whose area it belongs to (V36's {@code pcn_id}), itself when it is a PCN, else null. The
   * one definition of it: what the kept counts keep and what the statements read filter by.
   */
  static String areaOf(String organisation) {
    return "(select cast(coalesce(ao.pcn_id, case when ao.sector = 'PCN' then ao.id end) as"
        + " varchar) from organisation ao where ao.id = "
        + organisation
        + ")";
  }

  /**
   * @param service the column holding the service's id ({@code r.service_id}, {@code s.id})
   * @param organisation the column holding the receiving organisation's id
   * @param area an expression holding the area as text: a kept column, or {@link #areaOf}
   * @return {@code " and ..."} for each filter asked for, or nothing
   */
  static String where(String service, String organisation, String area, Scope scope) {
    StringBuilder sql = new StringBuilder();
    if (scope.category() != null) {
      sql.append(" and exists (select 1 from service_taxonomy_term fst where fst.service_id = ")
          .append(service)
          .append(" and fst.taxonomy_term_id = :category)");
    }
    if (scope.organisation() != null) {
      sql.append(" and ").append(organisation).append(" = :organisation");
    }
    if (scope.area() != null) {
      sql.append(" and ").append(area).append(" = cast(:area as varchar)");
    }
    return sql.toString();
  }

  /**
   * {@link #where} for a statement over referrals as {@code r}: the same filters on its columns.
   */
  static String onReferrals(Scope scope) {
    return where(
        "r.service_id",
        "r.receiving_organisation_id",
        areaOf("r.referring_organisation_id"),
        scope);
  }

  /** Binds the filters {@link #where} wrote: those asked for, the others being null. */
  static Query bind(Query query, Scope scope) {
    if (scope.category() != null) {
      query.setParameter("category", scope.category());
    }
    if (scope.organisation() != null) {
      query.setParameter("organisation", scope.organisation());
    }
    if (scope.area() != null) {
      query.setParameter("area", scope.area().toString());
    }
    return query;
  }
}
