package org.openneighbourhood.api.person.boundary;

/**
 * A sex to record: the NHS Data Dictionary's "Person Stated Gender Code" ({@code code}: 1 male, 2
 * female, 9 neither male nor female, X for "I would rather not say"). Staff recording it for the
 * person must confirm {@code personAgreed}: the person agreed to it being recorded; the person's
 * own choice needs no such confirmation.
 */
public record SexChoice(String code, Boolean personAgreed) {

  @Override
  public String toString() {
    return "SexChoice[not shown]";
  }
}
