package fr.cadre.ordering.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cadre.kernel.DomainException;
import org.junit.jupiter.api.Test;

/** A number taken over from a history is one of its issue year, as Cadre writes them. */
class AdoptedNumberTest {

  @Test
  void theRankIsReadFromANumberOfItsYear() {
    assertThat(Numbering.rankOf("2025-000123", 2025)).isEqualTo(123);
    assertThat(Numbering.rankOf("2026-1234567", 2026)).isEqualTo(1_234_567);
  }

  @Test
  void aNumberOfAnotherYearOrShapeIsRefusedSayingHowOneIsWritten() {
    for (String wrong : new String[] {"2024-000123", "2025-123", "2025-00012a", "2025-000000"}) {
      assertThatThrownBy(() -> Numbering.rankOf(wrong, 2025))
          .as(wrong)
          .isInstanceOf(DomainException.class)
          .hasMessageContaining("2025-000123");
    }
  }
}
