package org.openneighbourhood.api.person.boundary;

/**
 * An ethnic category to record: the NHS Data Dictionary code ({@code category}, A to S, or Z for "I
 * would rather not say"). Staff recording it for the person must confirm {@code personAgreed}: the
 * person agreed to it being recorded; the person's own choice needs no such confirmation.
 */
public record EthnicityChoice(String category, Boolean personAgreed) {

  @Override
  public String toString() {
    return "EthnicityChoice[not shown]";
  }
}
