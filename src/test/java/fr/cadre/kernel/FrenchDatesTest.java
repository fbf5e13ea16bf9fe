package fr.cadre.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Dates in messages are French: 01/12/2026, 1er décembre 2026")
class FrenchDatesTest {

  @Test
  void theShortFormIsDayMonthYearWithLeadingZeros() {
    assertThat(FrenchDates.of(LocalDate.of(2026, 12, 1))).isEqualTo("01/12/2026");
    assertThat(FrenchDates.of(LocalDate.of(2027, 3, 9))).isEqualTo("09/03/2027");
  }

  @Test
  void theLongFormWritesTheFirstOfTheMonthAsAnOrdinalAndTheMonthInFrench() {
    assertThat(FrenchDates.longForm(LocalDate.of(2026, 12, 1))).isEqualTo("1er décembre 2026");
    assertThat(FrenchDates.longForm(LocalDate.of(2027, 2, 2))).isEqualTo("2 février 2027");
    assertThat(FrenchDates.longForm(LocalDate.of(2025, 8, 31))).isEqualTo("31 août 2025");
  }

  @Test
  void anAbsentDateIsAnEmptyText() {
    assertThat(FrenchDates.of(null)).isEmpty();
    assertThat(FrenchDates.longForm(null)).isEmpty();
  }
}
