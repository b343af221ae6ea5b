package org.openneighbourhood.deployment.sensitive;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openneighbourhood.deployment.stack.RunningStack;

/**
 * The run's one {@link Canary}, seeded on the running stack the first time a test asks for it (the
 * first test class, {@code SensitiveFieldsIT}, so that everything after it runs with the canary in
 * place).
 */
public final class CanaryFixture implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(CanaryFixture.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Canary.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            Canary.class, key -> Canary.seed(RunningStack.stackOf(context)), Canary.class);
  }
}
