package org.openneighbourhood.api.person.entity;

import java.util.Arrays;
import java.util.Locale;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

/**
 * A person's ethnic category as the NHS Data Dictionary codes it (Ethnic Category, the 2001 census
 * categories the NHS still collects). Each code belongs to one high-level {@link EthnicGroup}: the
 * equity reports count by group, because counts by the 17 codes of a neighbourhood would mostly be
 * too small to show.
 *
 * <p>{@link #Z} is an answer, "not stated": the person was asked and chose not to say. A person
 * never asked has no category at all (null), and the two are never mixed up: the reports show them
 * apart, as the Data Dictionary does.
 */
public enum EthnicCategory {
  A("White British", EthnicGroup.WHITE),
  B("White Irish", EthnicGroup.WHITE),
  C("Any other White background", EthnicGroup.WHITE),
  D("White and Black Caribbean", EthnicGroup.MIXED),
  E("White and Black African", EthnicGroup.MIXED),
  F("White and Asian", EthnicGroup.MIXED),
  G("Any other mixed background", EthnicGroup.MIXED),
  H("Indian", EthnicGroup.ASIAN),
  J("Pakistani", EthnicGroup.ASIAN),
  K("Bangladeshi", EthnicGroup.ASIAN),
  L("Any other Asian background", EthnicGroup.ASIAN),
  M("Caribbean", EthnicGroup.BLACK),
  N("African", EthnicGroup.BLACK),
  P("Any other Black background", EthnicGroup.BLACK),
  R("Chinese", EthnicGroup.OTHER),
  S("Any other ethnic group", EthnicGroup.OTHER),
  Z("Not stated", EthnicGroup.NOT_STATED);

  public static final String FIELD = "category";

  private final String label;
  private final EthnicGroup group;

  EthnicCategory(String label, EthnicGroup group) {
    this.label = label;
    this.group = group;
  }

  /**
   * The category with the Data Dictionary code (one letter, either case, surrounding space
   * ignored).
   *
   * @throws InvalidInputException naming {@value #FIELD}, without repeating what was sent
   */
  public static EthnicCategory parse(String code) {
    if (code == null || code.isBlank()) {
      throw new InvalidInputException(
          FIELD, "Choose an ethnic group, or \"I would rather not say\"");
    }
    String letter = code.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(c -> c.name().equals(letter))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    FIELD, "Choose an ethnic group from the NHS list (a code from A to S, or Z)"));
  }

  /** The Data Dictionary code: the letter itself. */
  public String code() {
    return name();
  }

  public String label() {
    return label;
  }

  public EthnicGroup group() {
    return group;
  }

  /** The high-level groups of the Data Dictionary's categories, the reports' unit of counting. */
  public enum EthnicGroup {
    WHITE("White"),
    MIXED("Mixed or multiple ethnic groups"),
    ASIAN("Asian or Asian British"),
    BLACK("Black, African, Caribbean or Black British"),
    OTHER("Other ethnic group"),
    NOT_STATED("Not stated");

    private final String label;

    EthnicGroup(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
