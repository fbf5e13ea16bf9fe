package fr.cadre.ledger.entity;

import fr.cadre.agreement.entity.AgreementPeriod;
import fr.cadre.kernel.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What a period will have committed at its end at the pace so far: linear on the committed amount
 * per day elapsed (committed × days in the period ÷ days elapsed, today included). A period over is
 * what it committed; one not started forecasts nothing.
 */
public final class Forecast {

  private Forecast() {}

  public static Money atPeriodEnd(Money committed, AgreementPeriod period, LocalDate on) {
    if (on.isBefore(period.start())) {
      return Money.ZERO;
    }
    if (on.isAfter(period.end())) {
      return committed;
    }
    long elapsed = ChronoUnit.DAYS.between(period.start(), on) + 1;
    long length = ChronoUnit.DAYS.between(period.start(), period.end()) + 1;
    return new Money(
        committed
            .amount()
            .multiply(BigDecimal.valueOf(length))
            .divide(BigDecimal.valueOf(elapsed), 2, RoundingMode.HALF_UP));
  }

  /** A minimum at risk: the forecast at the period's end stays below it. */
  public static boolean minimumAtRisk(Money forecast, Money minimum) {
    return minimum != null && minimum.isGreaterThan(Money.ZERO) && minimum.isGreaterThan(forecast);
  }
}
