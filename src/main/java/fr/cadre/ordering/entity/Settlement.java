package fr.cadre.ordering.entity;

import fr.cadre.kernel.DomainException;
import fr.cadre.kernel.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * Where a voucher's money stands after its issue: certified (service done), invoiced, paid, and the
 * undelivered remainder released when it is closed (soldé). Committed is the voucher's total less
 * that remainder. Each figure is the sum of the voucher's parts and invoices, kept here so that the
 * ledger and the reconciliation can read it without adding them up again.
 */
@Embeddable
public class Settlement {

  @Column(name = "delivered_ht", precision = 15, scale = 2)
  private Money deliveredHt = Money.ZERO;

  @Column(name = "invoiced_ht", nullable = false, precision = 15, scale = 2)
  private Money invoicedHt = Money.ZERO;

  @Column(name = "invoiced_ttc", nullable = false, precision = 15, scale = 2)
  private Money invoicedTtc = Money.ZERO;

  @Column(name = "paid_ht", nullable = false, precision = 15, scale = 2)
  private Money paidHt = Money.ZERO;

  @Column(name = "paid_ttc", nullable = false, precision = 15, scale = 2)
  private Money paidTtc = Money.ZERO;

  @Column(name = "released_ht", nullable = false, precision = 15, scale = 2)
  private Money releasedHt = Money.ZERO;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Column(name = "closing_reason", length = 1000)
  private String closingReason;

  /**
   * What an invoice of {@code amountHt} goes beyond the certified amount not yet invoiced; zero
   * when within it. Beyond it by more than the member's tolerance, it is refused (409) naming the
   * amounts.
   */
  Money beyondCertified(String number, String reference, Money amountHt, Money tolerance) {
    Money open = delivered().minus(invoicedHt);
    Money beyond = amountHt.minus(open);
    if (!beyond.isGreaterThan(Money.ZERO)) {
      return Money.ZERO;
    }
    if (beyond.isGreaterThan(tolerance)) {
      throw DomainException.conflict(
          "invoice-exceeds-service-done",
          "la facture "
              + reference
              + " de "
              + amountHt.toFrench()
              + " HT dépasse de "
              + beyond.toFrench()
              + " le service fait non encore facturé du bon "
              + number
              + " : certifié "
              + delivered().toFrench()
              + ", déjà facturé "
              + invoicedHt.toFrench()
              + ", reste à facturer "
              + open.toFrench()
              + (tolerance.isGreaterThan(Money.ZERO)
                  ? " (tolérance du membre " + tolerance.toFrench() + ")"
                  : ""));
    }
    return beyond;
  }

  void certified(Money deliveredTotal) {
    deliveredHt = deliveredTotal;
  }

  void invoiced(Money ht, Money ttc) {
    invoicedHt = invoicedHt.plus(ht);
    invoicedTtc = invoicedTtc.plus(ttc);
  }

  void paid(Money ht, Money ttc) {
    paidHt = paidHt.plus(ht);
    paidTtc = paidTtc.plus(ttc);
  }

  void close(LocalDate on, String reason, Money released) {
    closedOn = on;
    closingReason = reason;
    releasedHt = released;
  }

  /** Everything certified is invoiced and everything invoiced is paid. */
  boolean allInvoicedAndPaid() {
    return !delivered().isGreaterThan(invoicedHt) && paidTtc.compareTo(invoicedTtc) == 0;
  }

  public boolean closed() {
    return closedOn != null;
  }

  public Money delivered() {
    return deliveredHt == null ? Money.ZERO : deliveredHt;
  }

  public Money invoicedHt() {
    return invoicedHt;
  }

  public Money invoicedTtc() {
    return invoicedTtc;
  }

  public Money paidHt() {
    return paidHt;
  }

  public Money paidTtc() {
    return paidTtc;
  }

  public Money releasedHt() {
    return releasedHt;
  }

  public LocalDate closedOn() {
    return closedOn;
  }

  public String closingReason() {
    return closingReason;
  }
}
