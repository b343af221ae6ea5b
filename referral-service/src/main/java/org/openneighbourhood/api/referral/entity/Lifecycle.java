package org.openneighbourhood.api.referral.entity;

import static org.openneighbourhood.api.referral.entity.ReferralStatus.ACCEPTED;
import static org.openneighbourhood.api.referral.entity.ReferralStatus.COMPLETED;
import static org.openneighbourhood.api.referral.entity.ReferralStatus.DECLINED;
import static org.openneighbourhood.api.referral.entity.ReferralStatus.DID_NOT_ENGAGE;
import static org.openneighbourhood.api.referral.entity.ReferralStatus.DRAFT;
import static org.openneighbourhood.api.referral.entity.ReferralStatus.ENTERED_IN_ERROR;
import static org.openneighbourhood.api.referral.entity.ReferralStatus.EXPIRED;
import static org.openneighbourhood.api.referral.entity.ReferralStatus.IN_PROGRESS;
import static org.openneighbourhood.api.referral.entity.ReferralStatus.SEEN;
import static org.openneighbourhood.api.referral.entity.ReferralStatus.SENT;
import static org.openneighbourhood.api.referral.entity.ReferralStatus.WAITLISTED;
import static org.openneighbourhood.api.referral.entity.ReferralStatus.WITHDRAWN;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The referral lifecycle as one table: for each status, the statuses it may come from and who may
 * make that change. Everything not in the table is refused with a message that says why.
 */
public final class Lifecycle {

  private record Rule(Set<ReferralStatus> from, Set<Actor> by) {}

  private static final Map<ReferralStatus, Rule> TABLE = new EnumMap<>(ReferralStatus.class);

  static {
    // The person sends their own self-referral.
    rule(SENT, EnumSet.of(DRAFT), EnumSet.of(Actor.REFERRER, Actor.PERSON));
    rule(SEEN, EnumSet.of(SENT), EnumSet.of(Actor.SYSTEM));
    rule(ACCEPTED, EnumSet.of(SENT, SEEN, WAITLISTED), EnumSet.of(Actor.RECEIVER));
    rule(WAITLISTED, EnumSet.of(SENT, SEEN), EnumSet.of(Actor.RECEIVER));
    rule(DECLINED, EnumSet.of(SENT, SEEN, WAITLISTED), EnumSet.of(Actor.RECEIVER));
    rule(EXPIRED, EnumSet.of(SENT, SEEN), EnumSet.of(Actor.SYSTEM));
    rule(IN_PROGRESS, EnumSet.of(ACCEPTED), EnumSet.of(Actor.RECEIVER));
    rule(COMPLETED, EnumSet.of(ACCEPTED, IN_PROGRESS), EnumSet.of(Actor.RECEIVER));
    rule(DID_NOT_ENGAGE, EnumSet.of(WAITLISTED, ACCEPTED, IN_PROGRESS), EnumSet.of(Actor.RECEIVER));
    rule(
        WITHDRAWN,
        EnumSet.of(SENT, SEEN, WAITLISTED, ACCEPTED, IN_PROGRESS),
        EnumSet.of(Actor.REFERRER, Actor.PERSON));
    rule(
        ENTERED_IN_ERROR,
        EnumSet.complementOf(EnumSet.of(ENTERED_IN_ERROR)),
        EnumSet.of(Actor.REFERRER));
  }

  private static void rule(ReferralStatus to, Set<ReferralStatus> from, Set<Actor> by) {
    TABLE.put(to, new Rule(from, by));
  }

  private Lifecycle() {}

  /** Whether {@code by} may move a referral from {@code from} to {@code to}. */
  public static boolean allows(ReferralStatus from, ReferralStatus to, Actor by) {
    Rule rule = TABLE.get(to);
    return rule != null && rule.from().contains(from) && rule.by().contains(by);
  }

  /** The statuses that may follow {@code from}, whoever makes the change. */
  public static Set<ReferralStatus> next(ReferralStatus from) {
    Set<ReferralStatus> next = EnumSet.noneOf(ReferralStatus.class);
    TABLE.forEach(
        (to, rule) -> {
          if (rule.from().contains(from)) {
            next.add(to);
          }
        });
    return next;
  }

  /** The statuses {@code by} may move a referral to from {@code from}. */
  public static Set<ReferralStatus> nextBy(ReferralStatus from, Actor by) {
    return next(from).stream()
        .filter(to -> allows(from, to, by))
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReferralStatus.class)));
  }

  /** Who may move a referral to {@code to}; empty for DRAFT, which nothing moves to. */
  public static Set<Actor> actorsFor(ReferralStatus to) {
    Rule rule = TABLE.get(to);
    return rule == null ? Set.of() : EnumSet.copyOf(rule.by());
  }

  /**
   * Refuses the change with a message that says why, unless the table allows it.
   *
   * @throws InvalidTransitionException when the change is not in the table
   */
  public static void check(ReferralStatus from, ReferralStatus to, Actor by) {
    if (allows(from, to, by)) {
      return;
    }
    Rule rule = TABLE.get(to);
    if (rule == null || !rule.from().contains(from)) {
      throw new InvalidTransitionException(from, to, why(from, to));
    }
    throw new InvalidTransitionException(
        from,
        to,
        "Only "
            + rule.by().stream().map(Actor::words).sorted().collect(Collectors.joining(" or "))
            + " can mark a referral as "
            + to.pastTense());
  }

  private static String why(ReferralStatus from, ReferralStatus to) {
    String start = "A referral that is " + from.words() + " cannot be " + to.pastTense();
    if (from == to) {
      return start + ": it already is";
    }
    if (from == ENTERED_IN_ERROR) {
      return start + ": it was marked as entered in error and is no longer valid";
    }
    if (from.isClosed()) {
      return start + ": it is closed";
    }
    if (from == DRAFT) {
      return start + ": it has not been sent yet";
    }
    List<String> options = next(from).stream().map(ReferralStatus::pastTense).sorted().toList();
    return start + "; it can only be " + String.join(", ", options);
  }
}
