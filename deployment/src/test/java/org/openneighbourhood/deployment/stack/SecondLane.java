package org.openneighbourhood.deployment.stack;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A test class that never touches the run's shared stack (it uses the stack with a movable clock,
 * or starts what it needs itself) runs in a second lane, beside the classes that do: the two lanes
 * go on at once, and the classes of each lane one after the other, in their order.
 *
 * <p>Most of an end-to-end test's time is spent waiting (on a page, a scheduled round, a Payara
 * instance starting), so two lanes keep the machine's two cores busy where one left them half idle.
 * A class in this lane must not use {@link RunningStack} itself, nor {@code CanaryFixture}: the
 * shared stack's classes run in their set order, the canary test last of them, and may rely on it.
 * The lanes share only what is safe to share at once: the browser pool, the transcript of pages and
 * answers, free ports.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(SecondLane.LANE)
public @interface SecondLane {

  /** Held by the class that runs in the lane now: one at a time. */
  String LANE = "second-lane";
}
