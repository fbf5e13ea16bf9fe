package fr.cadre.agreement.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cadre.directory.entity.Operator;
import fr.cadre.kernel.DomainException;
import fr.cadre.kernel.Money;
import fr.cadre.kernel.Violation;
import fr.cadre.kernel.Violations;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName(
    "R2162-4: a maximum is mandatory from 2022 (décret 2021-1111); a minimum never exceeds its maximum")
class R2162_4_MaximumAndMinimumTest {

  private static final Operator HOLDER =
      new Operator(new Operator.Details("Médiateurs", "73282932000074", null, false, null, null));

  private static List<Limit> everyPeriod(FrameworkAgreement agreement, String min, String max) {
    return agreement.periods().stream()
        .map(
            p ->
                new Limit(
                    p.index(),
                    min == null ? null : Money.of(min),
                    max == null ? null : Money.of(max)))
        .toList();
  }

  private static List<Violation> check(FrameworkAgreement agreement, List<Limit> limits) {
    Violations v = new Violations();
    Limit.check(agreement, limits, v);
    return v.list();
  }

  @Test
  void procedureLaunchedFrom2022RequiresAMaximumForEveryPeriod() {
    FrameworkAgreement agreement = Agreements.marseille(LocalDate.of(2022, 1, 1));
    assertThat(agreement.requiresMaximum()).isTrue();
    assertThat(check(agreement, everyPeriod(agreement, "1000", null)))
        .extracting(Violation::rule)
        .containsOnly("R2162-4")
        .hasSize(4);
    assertThat(check(agreement, everyPeriod(agreement, "1000", "5000"))).isEmpty();
  }

  @Test
  void procedureLaunchedBefore2022MayHaveNoMaximum() {
    FrameworkAgreement agreement = Agreements.marseille(LocalDate.of(2021, 12, 31));
    assertThat(agreement.requiresMaximum()).isFalse();
    assertThat(check(agreement, everyPeriod(agreement, "1000", null))).isEmpty();
  }

  @Test
  void aMinimumAboveItsMaximumIsRefused() {
    FrameworkAgreement agreement = Agreements.marseille(LocalDate.of(2021, 3, 1));
    List<Violation> violations =
        check(agreement, List.of(new Limit(0, Money.of("5000.01"), Money.of("5000"))));
    assertThat(violations).extracting(Violation::field).containsExactly("periods[0].minimum");
    assertThat(violations.get(0).message()).contains("5\u202F000,01").contains("5\u202F000,00");
  }

  @Test
  void aLotCannotBeDefinedWithBrokenLimitsOrWithoutHolder() {
    FrameworkAgreement agreement = Agreements.marseille(LocalDate.of(2022, 2, 1));
    Lot lot = new Lot(agreement, 1);
    assertThatThrownBy(
            () -> lot.define("Nord", null, List.of(HOLDER), everyPeriod(agreement, null, null)))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("champs invalides");
    assertThatThrownBy(
            () -> lot.define("Nord", null, List.of(), everyPeriod(agreement, null, "100")))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("titulaire");
    lot.define("Nord", null, List.of(HOLDER), everyPeriod(agreement, "10", "100"));
    assertThat(lot.period(3).orElseThrow().headroom()).contains(Money.of("100"));
  }

  @Test
  void limitsForAPeriodTheAgreementDoesNotHaveAreRefused() {
    FrameworkAgreement agreement = Agreements.marseille(LocalDate.of(2021, 3, 1));
    assertThat(check(agreement, List.of(new Limit(4, null, Money.of("100")))))
        .extracting(Violation::field)
        .containsExactly("periods[0].index");
  }
}
