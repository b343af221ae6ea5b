package org.openneighbourhood.deployment.stack;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openneighbourhood.deployment.local.LocalStack;

/**
 * Starts the real stack (PostgreSQL, Keycloak, Payara Micro with both wars) once for the whole test
 * run, on free ports, and stops it when the run ends. Test classes receive it as a parameter.
 */
public final class RunningStack implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(RunningStack.class);

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
    return stackOf(context);
  }

  /** The run's one stack, started on first use; for fixtures that build on it. */
  public static LocalStack stackOf(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            Handle.class,
            key -> new Handle(LocalStack.start(LocalStack.Settings.fromSystemProperties(0, 0, 0))),
            Handle.class)
        .stack();
  }
}
