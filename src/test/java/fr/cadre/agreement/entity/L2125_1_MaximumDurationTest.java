package fr.cadre.agreement.entity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cadre.directory.entity.BuyerType;
import fr.cadre.kernel.Violation;
import fr.cadre.kernel.Violations;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("L2125-1: at most 48 months for pouvoirs adjudicateurs, 96 for entités adjudicatrices")
class L2125_1_MaximumDurationTest {

  private static final LocalDate LAUNCH = LocalDate.of(2021, 3, 1);

  private static List<Violation> check(AgreementTerms terms) {
    return terms.check(DurationLimits.LEGAL, new Violations()).list();
  }

  @Test
  void fortyEightMonthsIsAllowedForAPouvoirAdjudicateur() {
    assertThat(check(Agreements.terms(BuyerType.POUVOIR_ADJUDICATEUR, LAUNCH, 12, 3, 12, null)))
        .isEmpty();
  }

  @Test
  void renewalsCountInTheDuration() {
    List<Violation> violations =
        check(Agreements.terms(BuyerType.POUVOIR_ADJUDICATEUR, LAUNCH, 12, 4, 12, null));
    assertThat(violations).extracting(Violation::rule).containsExactly("L2125-1");
    assertThat(violations.get(0).message()).contains("60 mois").contains("48 mois");
  }

  @Test
  void anEntiteAdjudicatriceMayGoToNinetySixMonths() {
    assertThat(check(Agreements.terms(BuyerType.ENTITE_ADJUDICATRICE, LAUNCH, 12, 7, 12, null)))
        .isEmpty();
    assertThat(check(Agreements.terms(BuyerType.ENTITE_ADJUDICATRICE, LAUNCH, 12, 8, 12, null)))
        .extracting(Violation::rule)
        .containsExactly("L2125-1");
  }

  @Test
  void aRecordedJustificationAllowsALongerDuration() {
    assertThat(
            check(
                Agreements.terms(
                    BuyerType.POUVOIR_ADJUDICATEUR,
                    LAUNCH,
                    12,
                    4,
                    12,
                    "Investissements amortis sur 5 ans")))
        .isEmpty();
  }

  @Test
  void theCapIsConfigurable() {
    AgreementTerms terms = Agreements.terms(BuyerType.POUVOIR_ADJUDICATEUR, LAUNCH, 6, 3, 12, null);
    assertThat(terms.check(new DurationLimits(36, 96), new Violations()).list())
        .extracting(Violation::rule)
        .containsExactly("L2125-1");
  }
}
