package fr.cadre.ordering.entity;

import fr.cadre.kernel.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * What a late payment owes the holder (R2192-31, D2192-35): interest on the amount incl. VAT, per
 * day late over 365, at the ECB main refinancing rate in force on the first day of the half-year in
 * which interest started to run plus 8 points, rounded half-up to the cent; and the flat fee of 40
 * € for recovery costs. Nothing when paid on time.
 */
public record LateInterest(long daysLate, BigDecimal rate, Money interest, Money flatFee) {

  public static final BigDecimal MARGIN_POINTS = new BigDecimal("8");
  public static final Money FLAT_FEE = Money.of("40.00");

  public static final LateInterest NONE = new LateInterest(0, null, Money.ZERO, Money.ZERO);

  public static LateInterest of(
      Money amountTtc, PaymentClock clock, LocalDate paidOn, EcbRates rates) {
    long days = clock.daysLate(paidOn);
    if (days == 0) {
      return NONE;
    }
    BigDecimal rate = rates.inForceOn(halfYearStart(clock.dueOn().plusDays(1))).add(MARGIN_POINTS);
    BigDecimal interest =
        amountTtc
            .amount()
            .multiply(rate)
            .multiply(BigDecimal.valueOf(days))
            .divide(BigDecimal.valueOf(36500), 2, RoundingMode.HALF_UP);
    return new LateInterest(days, rate, new Money(interest), FLAT_FEE);
  }

  /** 1 January or 1 July of the day's half-year. */
  static LocalDate halfYearStart(LocalDate day) {
    return LocalDate.of(day.getYear(), day.getMonthValue() <= 6 ? 1 : 7, 1);
  }

  public boolean owed() {
    return daysLate > 0;
  }

  public Money total() {
    return interest.plus(flatFee);
  }
}
