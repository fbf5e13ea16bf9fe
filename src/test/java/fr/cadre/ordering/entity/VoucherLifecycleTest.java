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
    "Voucher lifecycle: draft, issued, acknowledged, service done, invoiced, paid; cancelled only before service done")
class VoucherLifecycleTest {

  static final LocalDate MARCH_31 = LocalDate.of(2022, 3, 31);
  static final LocalDate TODAY = LocalDate.of(2022, 6, 1);
  static final EcbRates NO_RATES = new EcbRates(java.util.Map.of());

  private final Scheme scheme = new Scheme();

  private Voucher issued(String hours) {
    Voucher voucher =
        new Voucher(scheme.order(scheme.landlord, scheme.site, scheme.second, hours), "agent");
    voucher.issue("2022-000001", LocalDate.of(2022, 3, 1), 1, null, "agent");
    return voucher;
  }

  @Test
  void aVoucherGoesThroughEveryStepAndEachIsRecorded() {
    Voucher voucher = issued("10");
    voucher.acknowledge("titulaire");
    voucher.certifyServiceDone(Map.of(), MARCH_31, TODAY, "finance");
    voucher.invoice(
        new InvoiceReceipt("F-1", MARCH_31, Money.of("295.00"), Money.of("354.00")),
        Money.ZERO,
        30,
        TODAY,
        "finance");
    voucher.pay(null, LocalDate.of(2022, 4, 15), TODAY, NO_RATES, "comptable");
    assertThat(voucher.status()).isEqualTo(VoucherStatus.PAID);
    assertThat(voucher.history())
        .extracting(VoucherEvent::to)
        .containsExactly(
            VoucherStatus.DRAFT,
            VoucherStatus.ISSUED,
            VoucherStatus.ACKNOWLEDGED,
            VoucherStatus.SERVICE_DONE,
            VoucherStatus.INVOICED,
            VoucherStatus.PAID);
    assertThat(voucher.deliveredHt()).isEqualTo(Money.of("295.00"));
  }

  @Test
  void aDraftCannotBeAcknowledgedNorCancelled() {
    Voucher draft =
        new Voucher(scheme.order(scheme.landlord, scheme.site, scheme.holder, "1"), "agent");
    assertThatThrownBy(() -> draft.acknowledge("titulaire"))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining(
            "un bon brouillon ne peut pas passer à l'état « accusé de réception »");
    assertThatThrownBy(() -> draft.cancel("erreur", LocalDate.of(2022, 3, 2), "agent"))
        .hasMessageContaining("un bon brouillon ne peut pas passer à l'état « annulé »");
  }

  @Test
  void anIssuedOrAcknowledgedVoucherMayBeCancelledWithAReason() {
    Voucher voucher = issued("1");
    assertThatThrownBy(() -> voucher.cancel(" ", LocalDate.of(2022, 3, 2), "agent"))
        .hasMessageContaining("une annulation est motivée");
    voucher.acknowledge("titulaire");
    voucher.cancel("site fermé", LocalDate.of(2022, 3, 2), "agent");
    assertThat(voucher.status()).isEqualTo(VoucherStatus.CANCELLED);
    assertThat(voucher.number()).isEqualTo("2022-000001");
    assertThat(voucher.cancelReason()).isEqualTo("site fermé");
  }

  @Test
  void aVoucherWhoseServiceIsDoneCannotBeCancelled() {
    Voucher voucher = issued("1");
    voucher.certifyServiceDone(Map.of(), MARCH_31, TODAY, "finance");
    assertThatThrownBy(() -> voucher.cancel("trop tard", LocalDate.of(2022, 4, 2), "agent"))
        .hasMessageContaining("un bon service fait ne peut pas passer à l'état « annulé »");
  }

  @Test
  void aPaidOrCancelledVoucherMovesNoFurther() {
    Voucher cancelled = issued("1");
    cancelled.cancel("doublon", LocalDate.of(2022, 3, 2), "agent");
    assertThatThrownBy(() -> cancelled.acknowledge("titulaire"))
        .hasMessageContaining("un bon annulé ne peut pas passer");
    assertThat(VoucherStatus.PAID.next()).isEmpty();
    assertThat(VoucherStatus.CANCELLED.next()).isEmpty();
  }

  @Test
  void theServiceDoneMayBeLessThanOrderedButNeverMoreNorNegative() {
    Voucher more = issued("10");
    assertThatThrownBy(
            () ->
                more.certifyServiceDone(
                    Map.of("H-JOUR", new BigDecimal("10.01")), MARCH_31, TODAY, "finance"))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("la quantité livrée de H-JOUR est comprise entre 0 et 10");
    Voucher negative = issued("10");
    assertThatThrownBy(
            () ->
                negative.certifyServiceDone(
                    Map.of("H-JOUR", new BigDecimal("-1")), MARCH_31, TODAY, "finance"))
        .hasMessageContaining("comprise entre 0 et 10");
    Voucher less = issued("10");
    less.certifyServiceDone(Map.of("H-JOUR", new BigDecimal("7.5")), MARCH_31, TODAY, "finance");
    assertThat(less.deliveredHt()).isEqualTo(Money.of("221.25"));
    assertThat(less.lines().get(0).deliveredQuantity()).isEqualByComparingTo("7.5");
  }

  @Test
  void aServiceDoneNamingACodeTheVoucherDoesNotHaveIsRefused() {
    Voucher voucher = issued("10");
    assertThatThrownBy(
            () ->
                voucher.certifyServiceDone(
                    Map.of("H-NUIT", new BigDecimal("1")), MARCH_31, TODAY, "finance"))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("n'a pas de ligne H-NUIT");
    assertThat(voucher.status()).isEqualTo(VoucherStatus.ISSUED);
  }

  @Test
  void eachLineIsRoundedHalfUpToTheCentAndTheTotalsAddUp() {
    Voucher voucher = issued("0.35");
    // 0.35 × 29.50 = 10.325 → 10.33 HT; VAT 20 % of 10.33 = 2.066 → 2.07
    assertThat(voucher.totalHt()).isEqualTo(Money.of("10.33"));
    assertThat(voucher.totalVat()).isEqualTo(Money.of("2.07"));
    assertThat(voucher.totalTtc()).isEqualTo(Money.of("12.40"));
  }
}
