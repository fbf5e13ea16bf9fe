package fr.cadre.kernel;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;

/** Stores a {@link VatRate} as its percentage. */
@Converter(autoApply = true)
public class VatRateConverter implements AttributeConverter<VatRate, BigDecimal> {

  @Override
  public BigDecimal convertToDatabaseColumn(VatRate rate) {
    return rate == null ? null : rate.percent();
  }

  @Override
  public VatRate convertToEntityAttribute(BigDecimal percent) {
    return percent == null ? null : new VatRate(percent);
  }
}
