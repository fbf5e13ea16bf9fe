package fr.cadre.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Money: lines rounded half-up to the cent, totals are sums of lines")
class MoneyTest {

  @Test
  void lineIsQuantityTimesUnitPriceRoundedHalfUp() {
    assertThat(Money.of("10.25").times(new BigDecimal("0.5")).amount())
        .isEqualByComparingTo("5.13");
    assertThat(Money.of("0.05").times(new BigDecimal("0.5")).amount()).isEqualByComparingTo("0.03");
    assertThat(Money.of("31.50").times(new BigDecimal("3")).amount()).isEqualByComparingTo("94.50");
  }

  @Test
  void vatIsComputedPerLineAndRoundedHalfUp() {
    assertThat(VatRate.of("20").vatOn(Money.of("0.03")).amount()).isEqualByComparingTo("0.01");
    assertThat(VatRate.of("20").vatOn(Money.of("5.13")).amount()).isEqualByComparingTo("1.03");
    assertThat(VatRate.of("5.5").vatOn(Money.of("10.10")).amount()).isEqualByComparingTo("0.56");
  }

  @Test
  void totalsAreSumsOfRoundedLinesNotRoundedSums() {
    // Three lines of 0.333... each: rounded per line they make 0.99, not 1.00.
    Money line = Money.of("1").times(new BigDecimal("0.333"));
    Money total = line.plus(line).plus(line);
    assertThat(total.amount()).isEqualByComparingTo("0.99");
  }

  @Test
  void amountsKeepTwoDecimals() {
    assertThat(Money.of("12.5").amount().scale()).isEqualTo(2);
    assertThat(Money.of("12.5").toString()).isEqualTo("12.50");
  }

  @Test
  void frenchFormatUsesNarrowNoBreakSpaceAndComma() {
    assertThat(Money.of("1234.56").toFrench()).isEqualTo("1\u202F234,56\u00A0€");
    assertThat(Money.of("0").toFrench()).isEqualTo("0,00\u00A0€");
  }
}
