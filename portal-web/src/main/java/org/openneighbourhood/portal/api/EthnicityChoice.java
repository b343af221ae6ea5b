package org.openneighbourhood.portal.api;

/**
 * An ethnic group to record: an NHS ethnic category code (A to S, or Z for "I would rather not
 * say"); {@code personAgreed} is sent by staff, who may record it only with the person's agreement.
 */
public record EthnicityChoice(String category, Boolean personAgreed) {

  @Override
  public String toString() {
    return "EthnicityChoice[not shown]";
  }
}
