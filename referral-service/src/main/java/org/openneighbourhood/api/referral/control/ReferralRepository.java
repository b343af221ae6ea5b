package org.openneighbourhood.api.referral.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openneighbourhood.api.referral.entity.Referral;

@ApplicationScoped
public class ReferralRepository {

  @PersistenceContext EntityManager em;

  public void add(Referral referral) {
    em.persist(referral);
  }

  public Optional<Referral> find(UUID id) {
    return Optional.ofNullable(em.find(Referral.class, id));
  }

  public List<Referral> sentBy(String organisationAlias) {
    return em.createQuery(
            "select r from Referral r where r.referringOrganisation.alias = :alias"
                + " order by r.sentAt desc",
            Referral.class)
        .setParameter("alias", organisationAlias)
        .getResultList();
  }

  public List<Referral> addressedTo(String organisationAlias) {
    return em.createQuery(
            "select r from Referral r where r.service.organisation.alias = :alias"
                + " order by r.sentAt desc",
            Referral.class)
        .setParameter("alias", organisationAlias)
        .getResultList();
  }

  public List<Referral> about(UUID personId) {
    return em.createQuery(
            "select r from Referral r where r.person.id = :personId order by r.sentAt desc",
            Referral.class)
        .setParameter("personId", personId)
        .getResultList();
  }

  public Set<String> receivingOrganisationAliasesFor(UUID personId) {
    return new HashSet<>(
        em.createQuery(
                "select distinct r.service.organisation.alias from Referral r"
                    + " where r.person.id = :personId",
                String.class)
            .setParameter("personId", personId)
            .getResultList());
  }
}
