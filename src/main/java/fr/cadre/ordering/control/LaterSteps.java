package fr.cadre.ordering.control;

import fr.cadre.kernel.DomainException;
import fr.cadre.kernel.Money;
import fr.cadre.ordering.entity.Invoice;
import fr.cadre.ordering.entity.InvoiceReceipt;
import fr.cadre.ordering.entity.MemberFinance;
import fr.cadre.ordering.entity.ServiceDone;
import fr.cadre.ordering.entity.Voucher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The steps after the issue on a voucher already found (and checked visible by whoever asks): the
 * voucher's own rule, then the ledger's rows it moves. Run in their caller's transaction: {@link
 * Ordering} for one request, the import of a history for many, where a refusal is reported for its
 * line and does not doom the transaction by itself.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
public class LaterSteps {

  private static final Logger LOG = Logger.getLogger(LaterSteps.class.getName());

  @Inject LedgerRows ledger;
  @Inject MemberFinances finances;
  @Inject EcbRateTable rates;

  /** Certifies one part of the service done; the ledger's rows move with it. */
  public Voucher certifyServiceDone(
      Voucher v, Map<String, BigDecimal> delivered, LocalDate doneOn, String actor) {
    LocalDate today = LocalDate.now();
    ServiceDone part =
        v.certifyServiceDone(
            delivered == null ? Map.of() : delivered,
            doneOn == null ? today : doneOn,
            today,
            actor);
    ledger.move(v, LedgerRows.Moves.done(part.amountHt()));
    return v;
  }

  /**
   * Closes the voucher (soldé): its undelivered remainder goes back to the lot's, the member's, the
   * site's and the holder's headroom.
   */
  public Voucher close(Voucher v, String reason, String actor) {
    Money released = v.close(reason, LocalDate.now(), actor);
    ledger.move(v, LedgerRows.Moves.released(released));
    LOG.info(() -> "Voucher " + v.number() + " closed by " + actor + ", " + released + " released");
    return v;
  }

  /** Records an invoice, checked against the service done within the member's tolerance. */
  public Voucher invoice(Voucher v, InvoiceReceipt receipt, String actor) {
    MemberFinance finance = finances.of(v.member().id());
    Invoice invoice =
        v.invoice(
            receipt,
            finance.invoiceTolerance(),
            finance.paymentDelayDays(v.member()),
            LocalDate.now(),
            actor);
    ledger.move(v, LedgerRows.Moves.invoiced(invoice.amountHt(), invoice.amountTtc()));
    if (invoice.flagged()) {
      LOG.info(
          () ->
              "Invoice "
                  + invoice.reference()
                  + " on voucher "
                  + v.number()
                  + " accepted beyond the service done by "
                  + invoice.beyondCertified());
    }
    return v;
  }

  /** Pays an invoice; a late one computes the interest and fee owed to the holder. */
  public Voucher pay(Voucher v, String reference, LocalDate on, String actor) {
    Invoice invoice = v.pay(reference, on, LocalDate.now(), rates.rates(), actor);
    ledger.move(v, LedgerRows.Moves.paid(invoice.amountHt(), invoice.amountTtc()));
    return v;
  }
}
