package fr.cadre.ordering.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cadre.agreement.entity.FrameworkAgreement.IssueWindow;
import fr.cadre.kernel.DomainException;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Marseille agreement runs from 2021-07-01 to 2024-12-31 (6 months, then 3 × 12). */
@DisplayName(
    "R2162-5: vouchers are issued while the agreement is in force; an execution past its end warns, then is refused past the limit")
class R2162_5_WhenIssuedTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  private final Scheme scheme = new Scheme();

  private IssueWindow issue(LocalDate on, LocalDate from, LocalDate until, int limitDays) {
    return scheme.agreement.checkIssue(on, TODAY, from, until, limitDays);
  }

  @Test
  void aVoucherIssuedInForceCountsAgainstThePeriodOfItsIssueDate() {
    IssueWindow window =
        issue(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 31), 90);
    assertThat(window.period().index()).isEqualTo(1);
    assertThat(window.warnings()).isEmpty();
  }

  @Test
  void noVoucherBeforeTheAgreementStartsNorAfterItEnds() {
    assertThatThrownBy(
            () ->
                issue(
                    LocalDate.of(2021, 6, 30),
                    LocalDate.of(2021, 7, 1),
                    LocalDate.of(2021, 7, 31),
                    90))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("n'est pas en vigueur le 30/06/2021");
    assertThatThrownBy(
            () ->
                issue(
                    LocalDate.of(2025, 1, 1),
                    LocalDate.of(2025, 1, 1),
                    LocalDate.of(2025, 1, 31),
                    90))
        .hasMessageContaining("n'est pas en vigueur le 01/01/2025");
  }

  @Test
  void noVoucherAfterTheAgreementIsTerminated() {
    scheme.agreement.terminate(LocalDate.of(2023, 1, 1));
    assertThatThrownBy(
            () ->
                issue(
                    LocalDate.of(2023, 1, 2),
                    LocalDate.of(2023, 1, 2),
                    LocalDate.of(2023, 1, 31),
                    90))
        .satisfies(e -> assertThat(((DomainException) e).rule()).isEqualTo("R2162-5"));
  }

  @Test
  void anExecutionRunningPastTheEndWithinTheLimitIsWarned() {
    IssueWindow window =
        issue(LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 1), LocalDate.of(2025, 3, 31), 90);
    assertThat(window.warnings())
        .containsExactly(
            "R2162-5 : l'exécution se poursuit 90 jours après la fin de l'accord-cadre (31/12/2024)");
  }

  @Test
  void anExecutionRunningPastTheLimitIsRefused() {
    assertThatThrownBy(
            () ->
                issue(
                    LocalDate.of(2024, 12, 1),
                    LocalDate.of(2024, 12, 1),
                    LocalDate.of(2025, 4, 1),
                    90))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("de 91 jours, au-delà de la limite de 90 jours");
    IssueWindow longer =
        issue(LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 1), LocalDate.of(2025, 4, 1), 91);
    assertThat(longer.warnings()).hasSize(1);
  }

  @Test
  void anExecutionStartingBeforeTheAgreementIsRefused() {
    assertThatThrownBy(
            () ->
                issue(
                    LocalDate.of(2021, 7, 1),
                    LocalDate.of(2021, 6, 1),
                    LocalDate.of(2021, 7, 31),
                    90))
        .hasMessageContaining("l'exécution ne commence pas avant l'accord-cadre");
  }

  @Test
  void noVoucherIsDatedInTheFuture() {
    assertThatThrownBy(
            () -> scheme.agreement.checkIssue(TODAY.plusDays(1), TODAY, TODAY, TODAY, 90))
        .isInstanceOf(DomainException.class)
        .satisfies(e -> assertThat(((DomainException) e).rule()).isEqualTo("issue-date"));
  }
}
