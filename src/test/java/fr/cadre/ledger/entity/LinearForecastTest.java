package fr.cadre.ledger.entity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cadre.agreement.entity.AgreementPeriod;
import fr.cadre.kernel.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName(
    "Forecast at the period's end: linear on committed per day elapsed; a minimum is at risk when the forecast stays below it")
class LinearForecastTest {

  private final AgreementPeriod year =
      new AgreementPeriod(1, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));

  @Test
  void thePaceSoFarIsCarriedToThePeriodsEnd() {
    // 15/11 is day 319 of 365: 300 × 365 / 319 = 343,2601… → 343,26
    assertThat(Forecast.atPeriodEnd(Money.of("300.00"), year, LocalDate.of(2022, 11, 15)))
        .isEqualTo(Money.of("343.26"));
    // Half the year gone, half the amount: the whole year doubles it.
    AgreementPeriod even =
        new AgreementPeriod(2, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 10));
    assertThat(Forecast.atPeriodEnd(Money.of("500.00"), even, LocalDate.of(2023, 1, 5)))
        .isEqualTo(Money.of("1000.00"));
  }

  @Test
  void aPeriodOverIsWhatItCommittedAndOneNotStartedNothing() {
    assertThat(Forecast.atPeriodEnd(Money.of("300.00"), year, LocalDate.of(2023, 1, 1)))
        .isEqualTo(Money.of("300.00"));
    assertThat(Forecast.atPeriodEnd(Money.of("300.00"), year, LocalDate.of(2021, 12, 31)))
        .isEqualTo(Money.ZERO);
  }

  @Test
  void aMinimumIsAtRiskOnlyWhenTheForecastStaysBelowIt() {
    assertThat(Forecast.minimumAtRisk(Money.of("343.26"), Money.of("5000.00"))).isTrue();
    assertThat(Forecast.minimumAtRisk(Money.of("5000.00"), Money.of("5000.00"))).isFalse();
    assertThat(Forecast.minimumAtRisk(Money.ZERO, null)).isFalse();
    assertThat(Forecast.minimumAtRisk(Money.ZERO, Money.ZERO)).isFalse();
  }
}
