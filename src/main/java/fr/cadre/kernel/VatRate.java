package fr.cadre.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A VAT rate in percent (20.00 for the standard rate on services). */
public record VatRate(BigDecimal percent) {

  // Declared before NONE: the constructor of NONE reads it during class initialisation.
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public static final VatRate NONE = new VatRate(BigDecimal.ZERO);

  public VatRate {
    if (percent == null) {
      throw new IllegalArgumentException("percent is required");
    }
    if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException("a VAT rate lies between 0 and 100 %");
    }
    percent = percent.setScale(2, RoundingMode.HALF_UP);
  }

  public static VatRate of(String percent) {
    return new VatRate(new BigDecimal(percent));
  }

  /** The VAT on an amount excluding VAT, rounded half-up to the cent. */
  public Money vatOn(Money excludingVat) {
    return new Money(
        excludingVat.amount().multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP));
  }

  @Override
  public String toString() {
    return percent.stripTrailingZeros().toPlainString();
  }
}
