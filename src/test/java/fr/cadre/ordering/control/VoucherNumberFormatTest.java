package fr.cadre.ordering.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A voucher number reads "year-rank", the rank on six digits so that numbers sort as text. */
class VoucherNumberFormatTest {

  @Test
  void theRankIsPaddedToSixDigits() {
    assertThat(Numbering.format(2021, 1)).isEqualTo("2021-000001");
    assertThat(Numbering.format(2022, 123)).isEqualTo("2022-000123");
    assertThat(Numbering.format(2022, 999_999)).isEqualTo("2022-999999");
  }

  @Test
  void aSeventhDigitIsKeptRatherThanCut() {
    assertThat(Numbering.format(2023, 1_234_567)).isEqualTo("2023-1234567");
  }
}
