package org.openneighbourhood.deployment.stack;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openneighbourhood.deployment.local.LocalStack;

/**
 * Starts the real stack (PostgreSQL, Keycloak, Payara Micro with both wars) once for the whole test
 * run, on free ports, and stops it when the run ends. Test classes receive it as a parameter.
 *
 * <p>Its clock never moves, so what one class leaves behind never ages for the next. Tests that
 * move the API's clock (deadlines passing, consent ending, reviews falling due), and the test that
 * freezes Keycloak for a minute, use {@link WithMovableClock}: a second stack shared by them alone,
 * started on first use. Those classes run in the {@link SecondLane}, beside the shared stack's
 * classes and one at a time among themselves. (CrashIT kills the shared stack's PostgreSQL and a
 * Payara instance of its own; the stack's supervisor starts them again.)
 */
public class RunningStack implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(RunningStack.class);

  private final boolean movableClock;

  public RunningStack() {
    this(false);
  }

  RunningStack(boolean movableClock) {
    this.movableClock = movableClock;
  }

  /** The stack shared by the test classes that move the API's clock or break the stack. */
  public static final class WithMovableClock extends RunningStack {
    public WithMovableClock() {
      super(true);
    }
  }

  /** Closed by JUnit when the root context closes, that is after the last test class. */
  private record Handle(LocalStack stack) implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      stack.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == LocalStack.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return movableClock ? movableClockStackOf(context) : stackOf(context);
  }

  /** The run's shared stack, started on first use; for fixtures that build on it. */
  public static LocalStack stackOf(ExtensionContext context) {
    return started(
        context,
        "shared",
        () -> LocalStack.start(LocalStack.Settings.fromSystemProperties(0, 0, 0)).fixClock());
  }

  private static LocalStack movableClockStackOf(ExtensionContext context) {
    return started(
        context,
        "movable-clock",
        () -> {
          LocalStack.Settings shared = LocalStack.Settings.fromSystemProperties(0, 0, 0);
          Path workDir = shared.workDir();
          return LocalStack.start(
              new LocalStack.Settings(
                  shared.runtimeDir(),
                  shared.keycloakHome(),
                  workDir.resolveSibling(workDir.getFileName() + "-clock"),
                  0,
                  0,
                  0,
                  false));
        });
  }

  private static LocalStack started(
      ExtensionContext context, String name, java.util.function.Supplier<LocalStack> start) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(name, key -> new Handle(start.get()), Handle.class)
        .stack();
  }
}
