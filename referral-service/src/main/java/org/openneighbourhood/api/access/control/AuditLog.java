package org.openneighbourhood.api.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.openneighbourhood.api.access.entity.AuditEvent;
import org.openneighbourhood.api.access.entity.AuditEvent.Outcome;
import org.openneighbourhood.api.access.entity.AuditEvent.RecordType;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.access.entity.Role;
import org.openneighbourhood.api.schema.control.Insert;

/**
 * Writes audit events. An allowed access is written in the transaction of the request, so if the
 * write fails nothing is returned; a refusal is written in a transaction of its own, because the
 * request's is rolled back.
 */
@ApplicationScoped
public class AuditLog {

  public static final int MAX_ROWS = 500;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Transactional(TxType.MANDATORY)
  public void allowed(
      Caller caller,
      String actingOrganisation,
      Operation operation,
      RecordType recordType,
      UUID recordId,
      UUID personId) {
    em.persist(
        event(
            caller,
            actingOrganisation,
            operation,
            recordType,
            recordId,
            personId,
            Outcome.ALLOWED));
    // No flush per row: a list page writes one row per referral shown, and they go to the
    // database as one JDBC batch at the use case's flush or commit. The commit still happens
    // before the resource answers, so a failed write still means nothing is returned.
  }

  /**
   * The same as {@link #allowed}, as a statement to run with the rest of a use case's writes in one
   * round trip ({@link Insert#together}); it must run in the request's transaction.
   */
  public Insert allowedInsert(
      Caller caller,
      String actingOrganisation,
      Operation operation,
      RecordType recordType,
      UUID recordId,
      UUID personId) {
    AuditEvent event =
        event(
            caller, actingOrganisation, operation, recordType, recordId, personId, Outcome.ALLOWED);
    return Insert.row(
        "audit_event",
        new Insert.Columns()
            .uuid("id", event.id())
            .time("occurred_at", event.occurredAt())
            .text("username", event.username())
            .text("display_name", event.displayName())
            .text("roles", event.roles())
            .text("acting_organisation", event.actingOrganisation().orElse(null))
            .text("operation", event.operation())
            .text("action", event.action())
            .text("record_type", event.recordType().name())
            .uuid("record_id", event.recordId().orElse(null))
            .uuid("person_id", event.personId().orElse(null))
            .text("purpose", event.purpose())
            .text("outcome", event.outcome().name()));
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void denied(
      Caller caller,
      String actingOrganisation,
      Operation operation,
      RecordType recordType,
      UUID recordId,
      UUID personId) {
    em.persist(
        event(
            caller, actingOrganisation, operation, recordType, recordId, personId, Outcome.DENIED));
  }

  /** Who looked at or changed the person's record, newest first. */
  @Transactional(TxType.MANDATORY)
  public List<AuditEvent> aboutPerson(UUID personId) {
    return em.createQuery(
            "select e from AuditEvent e where e.personId = :personId"
                + " order by e.occurredAt desc",
            AuditEvent.class)
        .setParameter("personId", personId)
        .setMaxResults(MAX_ROWS)
        .getResultList();
  }

  /** What people acting for the organisation did, newest first. */
  @Transactional(TxType.MANDATORY)
  public List<AuditEvent> byOrganisation(String alias) {
    return em.createQuery(
            "select e from AuditEvent e where e.actingOrganisation = :alias"
                + " order by e.occurredAt desc",
            AuditEvent.class)
        .setParameter("alias", alias)
        .setMaxResults(MAX_ROWS)
        .getResultList();
  }

  private AuditEvent event(
      Caller caller,
      String actingOrganisation,
      Operation operation,
      RecordType recordType,
      UUID recordId,
      UUID personId,
      Outcome outcome) {
    return new AuditEvent(
        Instant.now(clock).truncatedTo(ChronoUnit.MICROS),
        caller.username(),
        caller.displayName(),
        String.join(
            " ", new TreeSet<>(caller.roles().stream().filter(Role.ALL::contains).toList())),
        actingOrganisation,
        operation.id(),
        operation.action().name(),
        recordType,
        recordId,
        personId,
        operation.purpose().orElse("service use"),
        outcome);
  }
}
