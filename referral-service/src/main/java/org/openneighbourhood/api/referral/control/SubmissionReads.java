package org.openneighbourhood.api.referral.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.api.person.entity.Person;

/**
 * What a referral needs to know of the person before it is written, in one statement: the person
 * (with their safeguarding notes, which the answer shows a referrer the policy lets see them), what
 * matters to them from their plan (copied onto the referral), and whether the goal it helps with is
 * in that plan.
 */
@ApplicationScoped
public class SubmissionReads {

  /** No goal has this id: it stands for "no goal" in the query. */
  private static final UUID NO_GOAL = new UUID(0, 0);

  @PersistenceContext EntityManager em;

  /**
   * @param person the person, their notes read with them
   * @param whatMattersToMe from their plan's About me, or null
   * @param goalInPlan whether the goal asked for is one of their plan's (false when none was)
   */
  public record Subject(Person person, String whatMattersToMe, boolean goalInPlan) {}

  /** The person and their plan's part in a referral; empty when there is no such person. */
  public Optional<Subject> read(UUID personId, UUID goalId) {
    List<Object[]> rows =
        em.createQuery(
                "select p, (select pl.aboutMe.whatMattersToMe from Plan pl where pl.personId ="
                    + " p.id), (select count(g) from Goal g where g.id = :goal and"
                    + " g.plan.personId = p.id) from Person p left join fetch p.safeguardingNotes"
                    + " where p.id = :id",
                Object[].class)
            .setParameter("id", personId)
            .setParameter("goal", goalId == null ? NO_GOAL : goalId)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = rows.get(0);
    return Optional.of(
        new Subject((Person) row[0], (String) row[1], ((Number) row[2]).longValue() > 0));
  }
}
