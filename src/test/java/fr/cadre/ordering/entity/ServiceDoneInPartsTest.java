package fr.cadre.ordering.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cadre.kernel.DomainException;
import fr.cadre.kernel.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName(
    "Service done in parts: never more than ordered per line, dated after the issue and not ahead; closing releases the remainder")
class ServiceDoneInPartsTest {

  static final LocalDate TODAY = LocalDate.of(2022, 6, 1);

  private final Scheme scheme = new Scheme();

  private Voucher issued(String hours) {
    Voucher voucher =
        new Voucher(scheme.order(scheme.landlord, scheme.site, scheme.second, hours), "agent");
    voucher.issue("2022-000001", LocalDate.of(2022, 3, 1), 1, null, "agent");
    return voucher;
  }

  private static Map<String, BigDecimal> hours(String q) {
    return Map.of("H-JOUR", new BigDecimal(q));
  }

  @Test
  void aMonthlyVoucherIsCertifiedWeekByWeekUpToWhatWasOrdered() {
    Voucher voucher = issued("10");
    ServiceDone first =
        voucher.certifyServiceDone(hours("4"), LocalDate.of(2022, 3, 7), TODAY, "finance");
    voucher.certifyServiceDone(hours("3.5"), LocalDate.of(2022, 3, 14), TODAY, "finance");
    assertThat(first.amountHt()).isEqualTo(Money.of("118.00"));
    assertThat(voucher.deliveredHt()).isEqualTo(Money.of("221.25"));
    assertThat(voucher.lines().get(0).delivered()).isEqualByComparingTo("7.5");
    assertThat(voucher.serviceDone()).hasSize(2);
    assertThat(voucher.status()).isEqualTo(VoucherStatus.SERVICE_DONE);

    assertThatThrownBy(
            () -> voucher.certifyServiceDone(hours("3"), LocalDate.of(2022, 3, 21), TODAY, "f"))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("comprise entre 0 et 2.5 (commandé 10, déjà livré 7.5)");
    // Without quantities, a part delivers every line's remainder.
    ServiceDone rest = voucher.certifyServiceDone(Map.of(), LocalDate.of(2022, 3, 28), TODAY, "f");
    assertThat(rest.delivered()).containsEntry("H-JOUR", new BigDecimal("2.5"));
    assertThat(voucher.deliveredHt()).isEqualTo(voucher.totalHt());
    assertThatThrownBy(() -> voucher.certifyServiceDone(Map.of(), TODAY, TODAY, "f"))
        .hasMessageContaining("rien à certifier");
  }

  @Test
  void serviceDoneIsNeitherBeforeTheIssueNorInTheFuture() {
    Voucher voucher = issued("10");
    assertThatThrownBy(
            () -> voucher.certifyServiceDone(hours("1"), LocalDate.of(2022, 2, 28), TODAY, "f"))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("précède l'émission du bon (01/03/2022)");
    assertThatThrownBy(() -> voucher.certifyServiceDone(hours("1"), TODAY.plusDays(1), TODAY, "f"))
        .hasMessageContaining("est dans le futur");
    assertThat(voucher.serviceDone()).isEmpty();
    assertThat(voucher.status()).isEqualTo(VoucherStatus.ISSUED);
  }

  @Test
  void closingReleasesTheUndeliveredRemainderAndEndsTheServiceDone() {
    Voucher voucher = issued("10");
    voucher.certifyServiceDone(hours("8"), LocalDate.of(2022, 3, 31), TODAY, "finance");
    Money released = voucher.close("fin de mission anticipée", TODAY, "finance");
    assertThat(released).isEqualTo(Money.of("59.00"));
    assertThat(voucher.committedHt()).isEqualTo(Money.of("236.00"));
    assertThat(voucher.settlement().closedOn()).isEqualTo(TODAY);
    assertThat(voucher.history().get(voucher.history().size() - 1).reason())
        .contains("soldé : fin de mission anticipée")
        .contains("59,00");
    assertThatThrownBy(() -> voucher.certifyServiceDone(hours("1"), TODAY, TODAY, "f"))
        .hasMessageContaining("est soldé : plus de service fait");
    assertThatThrownBy(() -> voucher.close("encore", TODAY, "f"))
        .hasMessageContaining("déjà soldé");
  }

  @Test
  void aVoucherWithoutServiceDoneIsCancelledNotClosed() {
    Voucher voucher = issued("10");
    assertThatThrownBy(() -> voucher.close("rien livré", TODAY, "finance"))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("un bon sans service fait s'annule");
    assertThatThrownBy(() -> voucher.close(" ", TODAY, "finance")).hasMessageContaining("motif");
  }

  @Test
  void cancellingIsRefusedOnceAnyPartOfTheServiceIsDone() {
    Voucher voucher = issued("10");
    voucher.certifyServiceDone(hours("1"), LocalDate.of(2022, 3, 2), TODAY, "finance");
    assertThatThrownBy(() -> voucher.cancel("trop tard", TODAY, "agent"))
        .hasMessageContaining("un bon service fait ne peut pas passer à l'état « annulé »");
  }
}
