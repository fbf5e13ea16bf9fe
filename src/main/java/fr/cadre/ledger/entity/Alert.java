package fr.cadre.ledger.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Something finance staff must act on: what (kind and message), where (agreement, lot, member,
 * voucher by number and id, invoice), the figures behind it, and since when it holds.
 */
public record Alert(
    Kind kind,
    String message,
    Long agreementId,
    Integer periodIndex,
    Long lotId,
    Long memberId,
    String voucherNumber,
    Long voucherId,
    String invoiceReference,
    Map<String, BigDecimal> figures,
    LocalDate since) {

  /** The kinds of alert, each with its French name. */
  public enum Kind {
    MAXIMUM_THRESHOLD("seuil du maximum franchi"),
    MINIMUM_AT_RISK("minimum menacé"),
    AGREEMENT_ENDING("fin de l'accord-cadre proche"),
    PERIOD_ENDING("fin de période proche"),
    INVOICE_DUE("facture à échéance proche"),
    INVOICE_LATE("facture en retard de paiement");

    private final String french;

    Kind(String french) {
      this.french = french;
    }

    public String french() {
      return french;
    }
  }
}
