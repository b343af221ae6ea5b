package org.openneighbourhood.api.problem.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.List;
import org.openneighbourhood.api.problem.control.JsonShape;
import org.openneighbourhood.api.problem.entity.FieldProblem;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

/**
 * Checks every JSON request body against the type its resource reads ({@link JsonShape}) before the
 * JSON binding reads it, and refuses it with a 400 naming each field that is wrong, or as
 * unreadable when it starts as JSON but is not (the binding is never given such a body). The body
 * is already in memory and within the size limit ({@link InputGuard}). Only on the server: the REST
 * clients' answers from Keycloak have fields of their own.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
@Priority(Priorities.ENTITY_CODER)
public class StrictJson implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType mediaType = context.getMediaType();
    if (mediaType != null
        && mediaType.isCompatible(MediaType.APPLICATION_JSON_TYPE)
        && JsonShape.checks(context.getType())) {
      byte[] body = context.getInputStream().readAllBytes();
      check(body, context.getGenericType());
      context.setInputStream(new ByteArrayInputStream(body));
    }
    return context.proceed();
  }

  /**
   * @throws InvalidInputException naming each field that is wrong for the type
   * @throws jakarta.json.bind.JsonbException when the body starts as JSON but is not
   */
  static void check(byte[] body, Type type) {
    List<FieldProblem> problems = JsonShape.problemsIn(new ByteArrayInputStream(body), type);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
