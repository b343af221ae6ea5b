package org.openneighbourhood.api.person.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class NhsNumberConverter implements AttributeConverter<NhsNumber, String> {

  @Override
  public String convertToDatabaseColumn(NhsNumber number) {
    return number == null ? null : number.value();
  }

  @Override
  public NhsNumber convertToEntityAttribute(String column) {
    return column == null ? null : new NhsNumber(column);
  }
}
