package fr.cadre.ordering.entity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cadre.kernel.Money;
import fr.cadre.ledger.entity.Alert;
import fr.cadre.ledger.entity.InvoiceAlert;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Beside the vouchers' tests, whose scheme makes a real invoice; the rule is the ledger's. */
@DisplayName(
    "An unpaid invoice alerts when due within the set days, and once late with the interest (R2192-31) and flat fee (D2192-35) owed so far")
class InvoiceAlertTest {

  static final LocalDate TODAY = LocalDate.of(2022, 6, 1);
  // No ECB rate but 0 %: the late interest is the 8 points alone.
  static final EcbRates RATES = new EcbRates(Map.of(LocalDate.of(2016, 3, 16), BigDecimal.ZERO));

  private final Scheme scheme = new Scheme();
  private final Voucher voucher =
      new Voucher(scheme.order(scheme.landlord, scheme.site, scheme.second, "10"), "agent");
  private final Invoice invoice;

  InvoiceAlertTest() {
    voucher.issue("2022-000007", LocalDate.of(2022, 3, 1), 1, null, "agent");
    voucher.certifyServiceDone(
        Map.of("H-JOUR", new BigDecimal("8")), LocalDate.of(2022, 3, 31), TODAY, "finance");
    // Received 04/04/2022 with a 30-day delay: due 04/05/2022.
    invoice =
        voucher.invoice(
            new InvoiceReceipt(
                "F-1", LocalDate.of(2022, 4, 4), Money.of("236.00"), Money.of("283.20")),
            Money.ZERO,
            30,
            TODAY,
            "finance");
  }

  @Test
  void dueWithinTheSetDaysNamesTheInvoiceTheVoucherAndTheDueDate() {
    Alert alert = InvoiceAlert.dueSoon(invoice, 14, 15);
    assertThat(alert.kind()).isEqualTo(Alert.Kind.INVOICE_DUE);
    assertThat(alert.message())
        .isEqualTo("facture F-1 du bon 2022-000007 : à payer d'ici le 04/05/2022 (14 jours)");
    assertThat(alert.figures()).containsEntry("daysLeft", BigDecimal.valueOf(14));
    assertThat(alert.since()).isEqualTo(LocalDate.of(2022, 4, 19));
    assertThat(alert.invoiceReference()).isEqualTo("F-1");
    assertThat(alert.voucherNumber()).isEqualTo("2022-000007");
  }

  @Test
  void lateItOwesTheInterestSoFarAndTheFlatFee() {
    LocalDate day = LocalDate.of(2022, 5, 14);
    Alert alert =
        InvoiceAlert.late(
            invoice, -10, LateInterest.of(invoice.amountTtc(), invoice.clock(), day, RATES));
    assertThat(alert.kind()).isEqualTo(Alert.Kind.INVOICE_LATE);
    // 283,20 × 8 % × 10 / 365 = 0,6207… → 0,62 €.
    assertThat(alert.figures())
        .containsEntry("lateInterest", new BigDecimal("0.62"))
        .containsEntry("flatFee", new BigDecimal("40.00"))
        .containsEntry("daysLeft", BigDecimal.valueOf(-10));
    assertThat(alert.message()).contains("échue le 04/05/2022, 10 jours de retard");
    assertThat(alert.since()).isEqualTo(LocalDate.of(2022, 5, 5));
  }
}
