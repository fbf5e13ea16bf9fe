package fr.cadre.agreement.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName(
    "R2112-4 / R2162-5: periods follow from the start date; in force from start to end unless terminated")
class AgreementPeriodsTest {

  private final FrameworkAgreement agreement = Agreements.marseille(LocalDate.of(2021, 3, 1));

  @Test
  void periodsRunBackToBackFromTheStartDate() {
    assertThat(agreement.periods())
        .containsExactly(
            new AgreementPeriod(0, LocalDate.of(2021, 7, 1), LocalDate.of(2021, 12, 31)),
            new AgreementPeriod(1, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)),
            new AgreementPeriod(2, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)),
            new AgreementPeriod(3, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
    assertThat(agreement.end()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(agreement.terms().totalMonths()).isEqualTo(42);
  }

  @Test
  void theDayFindsItsPeriod() {
    assertThat(agreement.periodContaining(LocalDate.of(2021, 12, 31)))
        .map(AgreementPeriod::index)
        .contains(0);
    assertThat(agreement.periodContaining(LocalDate.of(2022, 1, 1)))
        .map(AgreementPeriod::index)
        .contains(1);
    assertThat(agreement.periodContaining(LocalDate.of(2021, 6, 30))).isEmpty();
    assertThat(agreement.periodContaining(LocalDate.of(2025, 1, 1))).isEmpty();
    assertThat(agreement.period(2).orElseThrow().label()).isEqualTo("reconduction 2");
  }

  @Test
  void inForceFromStartToEnd() {
    assertThat(agreement.statusOn(LocalDate.of(2021, 6, 20)))
        .isEqualTo(AgreementStatus.NOT_STARTED);
    assertThat(agreement.isInForceOn(LocalDate.of(2021, 7, 1))).isTrue();
    assertThat(agreement.isInForceOn(LocalDate.of(2024, 12, 31))).isTrue();
    assertThat(agreement.statusOn(LocalDate.of(2025, 1, 1))).isEqualTo(AgreementStatus.EXPIRED);
  }

  @Test
  void anUnnotifiedAgreementIsADraft() {
    AgreementTerms t = agreement.terms();
    FrameworkAgreement draft =
        new FrameworkAgreement(
            agreement.consortium(),
            new AgreementTerms(
                t.reference(),
                t.object(),
                t.cpvCode(),
                t.buyerType(),
                t.procedureLaunchDate(),
                null,
                t.startDate(),
                t.initialMonths(),
                t.renewalCount(),
                t.renewalMonths(),
                true,
                null));
    assertThat(draft.statusOn(LocalDate.of(2022, 5, 1))).isEqualTo(AgreementStatus.DRAFT);
    assertThat(draft.isInForceOn(LocalDate.of(2022, 5, 1))).isFalse();
  }

  @Test
  void terminationEndsItEarly() {
    agreement.terminate(LocalDate.of(2023, 3, 1));
    assertThat(agreement.isInForceOn(LocalDate.of(2023, 2, 28))).isTrue();
    assertThat(agreement.statusOn(LocalDate.of(2023, 3, 1))).isEqualTo(AgreementStatus.TERMINATED);
  }
}
