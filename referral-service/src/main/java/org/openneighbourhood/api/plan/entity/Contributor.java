package org.openneighbourhood.api.plan.entity;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openneighbourhood.api.organisation.entity.Organisation;

/**
 * Who is changing a plan, in the terms of its rules: the person themselves, or a worker acting for
 * an organisation in one of the parts the plan knows.
 *
 * @param name shown in the plan's history
 * @param organisation the organisation the worker acts for; null for the person
 * @param part what the worker does in the person's care
 * @param goalsServed the goals served by referrals the worker's organisation accepted
 */
public record Contributor(
    String name, Organisation organisation, Part part, Set<UUID> goalsServed) {

  /** A contributor's part in the plan. */
  public enum Part {
    /** The person whose plan it is. */
    PERSON,
    /** A link worker: shapes the plan with the person and gives actions to organisations. */
    COORDINATOR,
    /** GP or social care staff: add and carry out their own organisation's actions. */
    PRACTITIONER,
    /** VCFSE staff: carry out actions on the goals their accepted referrals serve. */
    PARTNER
  }

  public Contributor {
    Objects.requireNonNull(name);
    Objects.requireNonNull(part);
    goalsServed = Set.copyOf(goalsServed);
    if ((part == Part.PERSON) != (organisation == null)) {
      throw new IllegalArgumentException("A worker acts for an organisation; the person does not");
    }
  }

  public static Contributor person(String name) {
    return new Contributor(name, null, Part.PERSON, Set.of());
  }

  public boolean isPerson() {
    return part == Part.PERSON;
  }

  public Optional<Organisation> organisationIfAny() {
    return Optional.ofNullable(organisation);
  }

  boolean actsFor(Organisation other) {
    return organisation != null && organisation.id().equals(other.id());
  }
}
