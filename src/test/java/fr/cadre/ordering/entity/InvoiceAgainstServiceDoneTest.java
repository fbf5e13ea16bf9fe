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
    "Invoices: several per voucher, never beyond the certified amount not yet invoiced unless within the member's tolerance (flagged); payments per invoice, dated coherently")
class InvoiceAgainstServiceDoneTest {

  static final LocalDate TODAY = LocalDate.of(2022, 6, 1);
  static final EcbRates RATES = new EcbRates(Map.of(LocalDate.of(2016, 3, 16), BigDecimal.ZERO));

  private final Scheme scheme = new Scheme();
  private final Voucher voucher =
      new Voucher(scheme.order(scheme.landlord, scheme.site, scheme.second, "10"), "agent");

  InvoiceAgainstServiceDoneTest() {
    voucher.issue("2022-000007", LocalDate.of(2022, 3, 1), 1, null, "agent");
    voucher.certifyServiceDone(
        Map.of("H-JOUR", new BigDecimal("8")), LocalDate.of(2022, 3, 31), TODAY, "finance");
  }

  private static InvoiceReceipt receipt(String reference, String ht, String ttc) {
    return new InvoiceReceipt(reference, LocalDate.of(2022, 4, 4), Money.of(ht), Money.of(ttc));
  }

  @Test
  void anInvoiceBeyondTheCertifiedAmountIsRefusedNamingTheAmounts() {
    assertThatThrownBy(
            () ->
                voucher.invoice(
                    receipt("F-99", "99999.99", "119999.99"), Money.ZERO, 30, TODAY, "finance"))
        .isInstanceOf(DomainException.class)
        .satisfies(
            e -> assertThat(((DomainException) e).rule()).isEqualTo("invoice-exceeds-service-done"))
        .hasMessageContaining(
            "la facture F-99 de 99\u202F999,99\u00A0€ HT dépasse de 99\u202F763,99\u00A0€")
        .hasMessageContaining(
            "certifié 236,00\u00A0€, déjà facturé 0,00\u00A0€, reste à facturer 236,00\u00A0€");
    assertThat(voucher.invoices()).isEmpty();
  }

  @Test
  void severalInvoicesShareTheCertifiedAmountAndEachIsPaidOnItsOwn() {
    voucher.invoice(receipt("F-1", "118.00", "141.60"), Money.ZERO, 30, TODAY, "finance");
    voucher.invoice(receipt("F-2", "118.00", "141.60"), Money.ZERO, 30, TODAY, "finance");
    assertThatThrownBy(
            () -> voucher.invoice(receipt("F-3", "0.01", "0.01"), Money.ZERO, 30, TODAY, "f"))
        .hasMessageContaining("reste à facturer 0,00");
    assertThatThrownBy(
            () -> voucher.invoice(receipt("F-1", "0.00", "0.00"), Money.ZERO, 30, TODAY, "f"))
        .hasMessageContaining("la facture F-1 est déjà enregistrée");
    assertThatThrownBy(() -> voucher.pay(null, LocalDate.of(2022, 4, 20), TODAY, RATES, "c"))
        .hasMessageContaining("a 2 factures à payer : préciser laquelle");
    voucher.pay("F-1", LocalDate.of(2022, 4, 20), TODAY, RATES, "comptable");
    assertThatThrownBy(() -> voucher.pay("F-1", LocalDate.of(2022, 4, 21), TODAY, RATES, "c"))
        .hasMessageContaining("la facture F-1 est déjà payée le 20/04/2022");
    voucher.pay(null, LocalDate.of(2022, 4, 22), TODAY, RATES, "comptable");
    assertThat(voucher.settlement().paidTtc()).isEqualTo(Money.of("283.20"));
    // Two hours were not delivered: the voucher stays open until it is closed.
    assertThat(voucher.status()).isEqualTo(VoucherStatus.INVOICED);
    voucher.close("fin de mois", TODAY, "finance");
    assertThat(voucher.status()).isEqualTo(VoucherStatus.PAID);
  }

  @Test
  void withinTheMembersToleranceAnInvoiceBeyondIsAcceptedAndFlagged() {
    Invoice invoice =
        voucher.invoice(receipt("F-1", "240.00", "288.00"), Money.of("5.00"), 30, TODAY, "f");
    assertThat(invoice.flagged()).isTrue();
    assertThat(invoice.beyondCertified()).isEqualTo(Money.of("4.00"));
    assertThat(voucher.history().get(voucher.history().size() - 1).reason())
        .contains("dans la tolérance du membre");
  }

  @Test
  void datesAreCoherentAndAmountsAddUp() {
    assertThatThrownBy(
            () ->
                voucher.invoice(
                    new InvoiceReceipt(
                        "F-1", LocalDate.of(2022, 2, 1), Money.of("1.00"), Money.of("1.20")),
                    Money.ZERO,
                    30,
                    TODAY,
                    "f"))
        .hasMessageContaining("précède l'émission du bon");
    assertThatThrownBy(
            () -> voucher.invoice(receipt("F-1", "10.00", "9.00"), Money.ZERO, 30, TODAY, "f"))
        .hasMessageContaining("au moins son montant HT");
    voucher.invoice(receipt("F-1", "10.00", "12.00"), Money.ZERO, 30, TODAY, "f");
    assertThatThrownBy(() -> voucher.pay("F-1", LocalDate.of(2022, 4, 3), TODAY, RATES, "c"))
        .hasMessageContaining("précède la réception de la facture (04/04/2022)");
    assertThatThrownBy(() -> voucher.pay("F-1", TODAY.plusDays(1), TODAY, RATES, "c"))
        .hasMessageContaining("dans le futur");
  }

  @Test
  void aVatExemptHoldersInvoiceCarriesNoVat() {
    Voucher exempt =
        new Voucher(scheme.order(scheme.landlord, scheme.site, scheme.holder, "10"), "agent");
    exempt.issue("2022-000008", LocalDate.of(2022, 3, 1), 1, null, "agent");
    exempt.certifyServiceDone(Map.of(), LocalDate.of(2022, 3, 31), TODAY, "finance");
    assertThatThrownBy(
            () -> exempt.invoice(receipt("F-1", "295.00", "354.00"), Money.ZERO, 30, TODAY, "f"))
        .hasMessageContaining("n'est pas assujetti à la TVA");
  }
}
