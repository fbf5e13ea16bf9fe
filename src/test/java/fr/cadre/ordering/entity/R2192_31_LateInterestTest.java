package fr.cadre.ordering.entity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cadre.kernel.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName(
    "R2192-31 and D2192-35: ECB rate on the first day of the half-year interest started in, plus 8 points, on the amount incl. VAT per day over 365, and 40 € flat fee")
class R2192_31_LateInterestTest {

  // The shipped table's rates around 2025 (ECB main refinancing operations).
  static final EcbRates RATES =
      new EcbRates(
          Map.of(
              LocalDate.of(2024, 12, 18), new BigDecimal("3.15"),
              LocalDate.of(2025, 2, 5), new BigDecimal("2.90"),
              LocalDate.of(2025, 3, 12), new BigDecimal("2.65"),
              LocalDate.of(2025, 4, 23), new BigDecimal("2.40"),
              LocalDate.of(2025, 6, 11), new BigDecimal("2.15")));

  @Test
  void workedExample_fortyDaysLateInTheFirstHalfOf2025() {
    // Received 10/03/2025, 30 days: due 09/04/2025; paid 19/05/2025, 40 days late. Interest runs
    // from 10/04/2025: the rate in force on 01/01/2025 is 3.15 %, plus 8 points = 11.15 %.
    // 14 618,75 × 11,15 % × 40 / 365 = 178,6291… → 178,63 €.
    PaymentClock clock = PaymentClock.of(LocalDate.of(2025, 3, 10), null, 30);
    LateInterest late =
        LateInterest.of(Money.of("14618.75"), clock, LocalDate.of(2025, 5, 19), RATES);
    assertThat(late.daysLate()).isEqualTo(40);
    assertThat(late.rate()).isEqualByComparingTo("11.15");
    assertThat(late.interest()).isEqualTo(Money.of("178.63"));
    assertThat(late.flatFee()).isEqualTo(Money.of("40.00"));
    assertThat(late.total()).isEqualTo(Money.of("218.63"));
  }

  @Test
  void theRateIsTheOneInForceOnTheHalfYearsFirstDayNotOnTheDueDate() {
    // Due 20/02/2025: 2.90 % took effect on 05/02, but 3.15 % was in force on 01/01/2025.
    PaymentClock clock = new PaymentClock(LocalDate.of(2025, 1, 21), 30);
    LateInterest late =
        LateInterest.of(Money.of("1200.00"), clock, LocalDate.of(2025, 3, 2), RATES);
    assertThat(late.daysLate()).isEqualTo(10);
    assertThat(late.rate()).isEqualByComparingTo("11.15");
    // 1 200 × 11,15 % × 10 / 365 = 3,6657… → 3,67 €
    assertThat(late.interest()).isEqualTo(Money.of("3.67"));
  }

  @Test
  void interestStartingOnFirstJulyTakesTheSecondHalfYearsRate() {
    // Due 30/06/2025, interest runs from 01/07/2025: 2.15 % + 8 = 10.15 %; 5 days late.
    PaymentClock clock = new PaymentClock(LocalDate.of(2025, 5, 31), 30);
    LateInterest late =
        LateInterest.of(Money.of("3650.00"), clock, LocalDate.of(2025, 7, 5), RATES);
    assertThat(late.rate()).isEqualByComparingTo("10.15");
    // 3 650 × 10,15 % × 5 / 365 = 5,075 → 5,08 € (half-up)
    assertThat(late.interest()).isEqualTo(Money.of("5.08"));
  }

  @Test
  void aPaymentOnTheDueDateOwesNothing() {
    PaymentClock clock = PaymentClock.of(LocalDate.of(2025, 3, 10), null, 30);
    LateInterest late =
        LateInterest.of(Money.of("14618.75"), clock, LocalDate.of(2025, 4, 9), RATES);
    assertThat(late.owed()).isFalse();
    assertThat(late.total()).isEqualTo(Money.ZERO);
  }
}
