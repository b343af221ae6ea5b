package org.openneighbourhood.api.fhir.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openneighbourhood.api.access.entity.ReferralParties;
import org.openneighbourhood.api.person.entity.NhsNumber;
import org.openneighbourhood.api.referral.entity.Referral;
import org.openneighbourhood.api.referral.entity.ReferralStatus;
import org.openneighbourhood.api.referral.entity.Urgency;
import org.openneighbourhood.api.schema.control.InList;

/**
 * Finds the referrals an organisation sent or received (a draft only its sender's), narrowed by
 * what a FHIR {@code ServiceRequest} search asks, newest first, one page at a time: each row with
 * its person, service and organisations in the same statement.
 */
@ApplicationScoped
public class ReferralSearch {

  /** What a search asks; a null field asks nothing. */
  public record Criteria(
      UUID personId,
      NhsNumber nhsNumber,
      Set<ReferralStatus> statuses,
      UUID serviceId,
      UUID receivingOrganisationId,
      UUID requesterOrganisationId,
      UUID requesterPersonId,
      Instant changedFrom,
      Instant changedUntil,
      UUID referralId) {}

  /**
   * One referral a {@code ServiceRequest} search finds, as the columns its resource shows and the
   * policy decides by, read in the page's one statement: no entity is loaded, so nothing is built
   * that the resource does not show and nothing is checked for changes at commit. {@code
   * lastChanged} is its last change of status (null for none).
   */
  public record Row(
      UUID id,
      long version,
      ReferralStatus status,
      Urgency urgency,
      Instant createdAt,
      Instant sentAt,
      Instant lastChanged,
      String reason,
      String whatMattersToMe,
      UUID personId,
      NhsNumber nhsNumber,
      String givenName,
      String familyName,
      UUID serviceId,
      String serviceName,
      UUID receiverId,
      String receiverName,
      String receiverAlias,
      UUID senderId,
      String senderName,
      String senderAliasOrNull)
      implements ReferralParties {

    @Override
    public Optional<String> senderAlias() {
      return Optional.ofNullable(senderAliasOrNull);
    }

    @Override
    public boolean sent() {
      return status != ReferralStatus.DRAFT;
    }

    private static Row of(Object[] columns) {
      int i = 0;
      return new Row(
          (UUID) columns[i++],
          (Long) columns[i++],
          (ReferralStatus) columns[i++],
          (Urgency) columns[i++],
          (Instant) columns[i++],
          (Instant) columns[i++],
          (Instant) columns[i++],
          (String) columns[i++],
          (String) columns[i++],
          (UUID) columns[i++],
          (NhsNumber) columns[i++],
          (String) columns[i++],
          (String) columns[i++],
          (UUID) columns[i++],
          (String) columns[i++],
          (UUID) columns[i++],
          (String) columns[i++],
          (String) columns[i++],
          (UUID) columns[i++],
          (String) columns[i++],
          (String) columns[i]);
    }
  }

  // The columns of a Row, in its order.
  private static final String ROWS =
      "select r.id, r.version, r.status, r.urgency, r.createdAt, r.sentAt,"
          + " (select max(t.at) from Referral c join c.timeline t where c = r),"
          + " r.reason, r.whatMattersToMe, p.id, p.nhsNumber, p.givenName, p.familyName,"
          + " s.id, s.name, o.id, o.name, o.alias, f.id, f.name, f.alias"
          + " from Referral r join r.person p join r.service s join r.receivingOrganisation o"
          + " left join r.referringOrganisation f";

  private static final String FETCHED =
      "select r from Referral r join fetch r.person p join fetch r.service s"
          + " join fetch s.organisation join fetch r.receivingOrganisation"
          + " left join fetch r.referringOrganisation";

  // The last change of status is the referral's last update (a message changes no version).
  private static final String CHANGED_SINCE =
      " and (r.createdAt >= :from or exists (select 1 from Referral c join c.timeline t"
          + " where c = r and t.at >= :from))";
  private static final String UNCHANGED_AFTER =
      " and r.createdAt <= :until and not exists (select 1 from Referral c join c.timeline t"
          + " where c = r and t.at > :until)";

  @PersistenceContext EntityManager em;

  /** The rows from {@code offset}, at most {@code size}. */
  public List<Referral> page(UUID organisationId, Criteria criteria, int offset, int size) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    TypedQuery<Referral> query =
        em.createQuery(
            FETCHED
                + where(organisationId, criteria, parameters)
                + " order by r.createdAt desc, r.id",
            Referral.class);
    parameters.forEach(query::setParameter);
    return query.setFirstResult(offset).setMaxResults(size).getResultList();
  }

  /** The same rows as {@link #page}, as columns only. */
  public List<Row> rows(UUID organisationId, Criteria criteria, int offset, int size) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    TypedQuery<Object[]> query =
        em.createQuery(
            ROWS + where(organisationId, criteria, parameters) + " order by r.createdAt desc, r.id",
            Object[].class);
    parameters.forEach(query::setParameter);
    return query.setFirstResult(offset).setMaxResults(size).getResultList().stream()
        .map(Row::of)
        .toList();
  }

  /** How many rows the search finds in all. */
  public long count(UUID organisationId, Criteria criteria) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    TypedQuery<Long> query =
        em.createQuery(
            "select count(r) from Referral r join r.person p"
                + where(organisationId, criteria, parameters),
            Long.class);
    parameters.forEach(query::setParameter);
    return query.getSingleResult();
  }

  private static String where(
      UUID organisationId, Criteria criteria, Map<String, Object> parameters) {
    List<String> clauses = new ArrayList<>();
    clauses.add(
        "(r.referringOrganisation.id = :organisation or (r.receivingOrganisation.id ="
            + " :organisation and r.status <> :draft))");
    parameters.put("organisation", organisationId);
    parameters.put("draft", ReferralStatus.DRAFT);
    if (criteria.referralId() != null) {
      clauses.add("r.id = :referral");
      parameters.put("referral", criteria.referralId());
    }
    if (criteria.personId() != null) {
      clauses.add("p.id = :person");
      parameters.put("person", criteria.personId());
    }
    if (criteria.nhsNumber() != null) {
      clauses.add("p.nhsNumber = :nhs");
      parameters.put("nhs", criteria.nhsNumber());
    }
    if (criteria.statuses() != null && criteria.statuses().isEmpty()) {
      clauses.add("1 = 0");
    } else if (criteria.statuses() != null) {
      InList statuses = InList.of("status", criteria.statuses());
      clauses.add("r.status in " + statuses);
      statuses.into(parameters);
    }
    if (criteria.serviceId() != null) {
      clauses.add("r.service.id = :service");
      parameters.put("service", criteria.serviceId());
    }
    if (criteria.receivingOrganisationId() != null) {
      clauses.add("r.receivingOrganisation.id = :receiver");
      parameters.put("receiver", criteria.receivingOrganisationId());
    }
    if (criteria.requesterOrganisationId() != null) {
      clauses.add("r.referringOrganisation.id = :requester");
      parameters.put("requester", criteria.requesterOrganisationId());
    }
    if (criteria.requesterPersonId() != null) {
      clauses.add("r.selfReferral = true and p.id = :requesterPerson");
      parameters.put("requesterPerson", criteria.requesterPersonId());
    }
    StringBuilder where = new StringBuilder(" where ").append(String.join(" and ", clauses));
    if (criteria.changedFrom() != null) {
      where.append(CHANGED_SINCE);
      parameters.put("from", criteria.changedFrom());
    }
    if (criteria.changedUntil() != null) {
      where.append(UNCHANGED_AFTER);
      parameters.put("until", criteria.changedUntil());
    }
    return where.toString();
  }
}
