package org.openneighbourhood.api.person.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the Data Dictionary code itself, so the column reads the same to anyone querying it. */
@Converter(autoApply = true)
public class EthnicCategoryConverter implements AttributeConverter<EthnicCategory, String> {

  @Override
  public String convertToDatabaseColumn(EthnicCategory category) {
    return category == null ? null : category.code();
  }

  @Override
  public EthnicCategory convertToEntityAttribute(String column) {
    return column == null ? null : EthnicCategory.valueOf(column);
  }
}
