package fr.cadre.kernel;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Siret} as its 14 digits. */
@Converter(autoApply = true)
public class SiretConverter implements AttributeConverter<Siret, String> {

  @Override
  public String convertToDatabaseColumn(Siret siret) {
    return siret == null ? null : siret.value();
  }

  @Override
  public Siret convertToEntityAttribute(String digits) {
    return digits == null ? null : new Siret(digits);
  }
}
