package fr.cadre.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * An amount in euros, always held with two decimals. Public accounting counts in cents: every
 * product is rounded half-up to the cent at the line, and totals are sums of rounded lines, never
 * recomputed from unrounded values.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

  public static final Money ZERO = new Money(BigDecimal.ZERO);

  public Money {
    if (amount == null) {
      throw new IllegalArgumentException("amount is required");
    }
    amount = amount.setScale(2, RoundingMode.HALF_UP);
  }

  public static Money of(String amount) {
    return new Money(new BigDecimal(amount));
  }

  public static Money of(BigDecimal amount) {
    return amount == null ? null : new Money(amount);
  }

  public Money plus(Money other) {
    return new Money(amount.add(other.amount));
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(other.amount));
  }

  /** Quantity times this unit price, rounded half-up to the cent (one voucher line). */
  public Money times(BigDecimal quantity) {
    return new Money(amount.multiply(quantity));
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(other.amount);
  }

  /**
   * French format, "1 234,56 €", with a narrow no-break space between thousands as the Imprimerie
   * nationale recommends and as {@code Locale.FRANCE} prints.
   */
  public String toFrench() {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
    symbols.setGroupingSeparator('\u202F');
    DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
    return format.format(amount) + "\u00A0€";
  }

  @Override
  public String toString() {
    return amount.toPlainString();
  }
}
