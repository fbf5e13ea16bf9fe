package fr.cadre.agreement.entity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cadre.kernel.Violation;
import fr.cadre.kernel.Violations;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A lot's definition: a label, at least one holder, each holder at one rank only")
class LotDefinitionTest {

  private static List<Violation> check(String label, List<?> holders) {
    return Lot.checkDefinition(label, holders, new Violations()).list();
  }

  @Test
  void aLotWithALabelAndDistinctHoldersIsAccepted() {
    assertThat(check("Secteur Nord", List.of("80877151591785", "84143644171172"))).isEmpty();
  }

  @Test
  void aLotWithoutHolderIsRefused() {
    assertThat(check("Secteur Nord", List.of()))
        .extracting(Violation::field, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("holders", "holder"));
  }

  @Test
  void aHolderRankedTwiceIsRefused() {
    assertThat(check("Secteur Nord", List.of("80877151591785", "80877151591785")))
        .extracting(Violation::field, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("holders", "holder-ranked-once"));
  }
}
