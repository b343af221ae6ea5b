package org.openneighbourhood.api.reporting.control;

import jakarta.persistence.Query;
import java.util.UUID;

/**
 * A report's filters as SQL, the same for every statement of it, so that every figure of one report
 * counts the same referrals: a category takes the services that have it in any place (named
 * parameter {@code :category}), an organisation the services it runs ({@code :organisation}). A
 * statement written with {@link #where} has its values bound by {@link #bind}.
 */
final class ReportFilters {

  private ReportFilters() {}

  /**
   * @param service the column holding the service's id ({@code r.service_id}, {@code s.id})
   * @param organisation the column holding the receiving organisation's id
   * @return {@code " and ..."} for each filter asked for, or nothing
   */
  static String where(
      String service, String organisation, boolean byCategory, boolean byOrganisation) {
    StringBuilder sql = new StringBuilder();
    if (byCategory) {
      sql.append(" and exists (select 1 from service_taxonomy_term fst where fst.service_id = ")
          .append(service)
          .append(" and fst.taxonomy_term_id = :category)");
    }
    if (byOrganisation) {
      sql.append(" and ").append(organisation).append(" = :organisation");
    }
    return sql.toString();
  }

  /** Binds the filters {@link #where} wrote: those asked for, the others being null. */
  static Query bind(Query query, UUID category, UUID organisation) {
    if (category != null) {
      query.setParameter("category", category);
    }
    if (organisation != null) {
      query.setParameter("organisation", organisation);
    }
    return query;
  }
}
