package org.openneighbourhood.portal.problem;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Registered in faces-config.xml. */
public class FriendlyExceptionHandlerFactory extends ExceptionHandlerFactory {

  public FriendlyExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new FriendlyExceptionHandler(getWrapped().getExceptionHandler());
  }
}
