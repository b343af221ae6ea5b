package org.openneighbourhood.api.person.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the Data Dictionary code itself, so the column reads the same to anyone querying it. */
@Converter(autoApply = true)
public class SexConverter implements AttributeConverter<Sex, String> {

  @Override
  public String convertToDatabaseColumn(Sex sex) {
    return sex == null ? null : sex.code();
  }

  @Override
  public Sex convertToEntityAttribute(String column) {
    return column == null ? null : Sex.parse(column);
  }
}
