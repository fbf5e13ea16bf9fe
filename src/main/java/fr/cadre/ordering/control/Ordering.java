package fr.cadre.ordering.control;

import fr.cadre.access.control.Caller;
import fr.cadre.agreement.entity.FrameworkAgreement.IssueWindow;
import fr.cadre.agreement.entity.LotPeriod;
import fr.cadre.kernel.DomainException;
import fr.cadre.kernel.Money;
import fr.cadre.ordering.entity.IdempotencyKey;
import fr.cadre.ordering.entity.Invoice;
import fr.cadre.ordering.entity.InvoiceReceipt;
import fr.cadre.ordering.entity.MemberFinance;
import fr.cadre.ordering.entity.Order;
import fr.cadre.ordering.entity.ServiceDone;
import fr.cadre.ordering.entity.Voucher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A voucher's lifecycle, each step in a transaction of its own: draft, preview, issue alone (the
 * {@link IssueSteps} in a row), then acknowledge, certify service done (in parts), invoice, pay,
 * close or cancel; each later step moves the ledger's running totals in its own transaction.
 */
@ApplicationScoped
@Transactional
public class Ordering {

  private static final Logger LOG = Logger.getLogger(Ordering.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Orders orders;
  @Inject IssueSteps steps;
  @Inject Budget budget;
  @Inject MemberShares shares;
  @Inject OrderingSettings settings;
  @Inject LedgerRows ledger;
  @Inject BudgetLines budgetLines;
  @Inject MemberFinances finances;
  @Inject EcbRateTable rates;
  @Inject VoucherSearch search;
  @Inject Caller caller;

  public Voucher draft(OrderRequest request, String actor) {
    caller.requireActsForMember(request.memberId());
    Order order = orders.resolve(request);
    order.checkWhoOrders(settings.policy());
    Voucher voucher = new Voucher(order, actor);
    em.persist(voucher);
    return voucher;
  }

  /** Totals and what the lot's maximum leaves after this voucher, without issuing it. */
  public Issued preview(long id, LocalDate issueDate) {
    return preview(search.visible(id), issueDate);
  }

  /**
   * The same for an order not drafted yet (the web form's live totals): resolved, priced and
   * checked as a draft would be, nothing written.
   */
  public Issued preview(OrderRequest request, LocalDate issueDate) {
    caller.requireActsForMember(request.memberId());
    Order order = orders.resolve(request);
    order.checkWhoOrders(settings.policy());
    return preview(new Voucher(order, "aperçu", false), issueDate);
  }

  private Issued preview(Voucher voucher, LocalDate issueDate) {
    LocalDate on = issueDate == null ? LocalDate.now() : issueDate;
    IssueWindow window =
        voucher
            .agreement()
            .checkIssue(
                on,
                LocalDate.now(),
                voucher.executionStart(),
                voucher.executionEnd(),
                settings.policy().executionOverrunLimitDays());
    LotPeriod period = budget.lotPeriod(voucher.lot().id(), window.period().index());
    Money after =
        period == null ? null : period.headroom().map(h -> h.minus(voucher.totalHt())).orElse(null);
    List<String> warnings = new ArrayList<>(window.warnings());
    if (after != null && after.isNegative()) {
      warnings.add(
          "R2162-4 : ce bon dépasserait le maximum de " + Money.ZERO.minus(after).toFrench());
    } else if (period != null) {
      // The warning its issue would give at the thresholds (80 %, 90 %…), said beforehand.
      settings
          .policy()
          .thresholdWarning(
              voucher.lot().number(),
              window.period().label(),
              period.consumed(),
              period.consumed().plus(voucher.totalHt()),
              period.maximum())
          .ifPresent(warnings::add);
    }
    return new Issued(voucher, after, warnings, false);
  }

  /**
   * Issues a draft alone: checks who and when, adds its amount to the lot-period total under the
   * maximum, takes the next number, freezes it. All in this one transaction: a refusal leaves
   * nothing.
   */
  public Issued issue(long id, LocalDate issueDate, IdempotencyKey key, String actor) {
    return announced(steps.issue(steps.ready(id, issueDate, key, actor)));
  }

  /**
   * Drafts and issues alone, writing the voucher once, already issued: a refused issue leaves no
   * draft behind.
   */
  public Issued draftAndIssue(
      OrderRequest request, LocalDate issueDate, IdempotencyKey key, String actor) {
    return announced(steps.issue(steps.ready(request, issueDate, key, actor)));
  }

  private Issued announced(Issued issued) {
    steps.announce(List.of(issued));
    return issued;
  }

  public Optional<Voucher> byIdempotencyKey(String key) {
    return em.createQuery("SELECT v FROM Voucher v WHERE v.idempotencyKey = :key", Voucher.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  public Voucher acknowledge(long id, String actor) {
    Voucher v = search.visible(id);
    v.acknowledge(actor);
    return v;
  }

  /** Certifies one part of the service done; the ledger's rows move with it. */
  public Voucher certifyServiceDone(
      long id, Map<String, BigDecimal> delivered, LocalDate doneOn, String actor) {
    Voucher v = search.visible(id);
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
  public Voucher close(long id, String reason, String actor) {
    Voucher v = search.visible(id);
    Money released = v.close(reason, LocalDate.now(), actor);
    ledger.move(v, LedgerRows.Moves.released(released));
    LOG.info(() -> "Voucher " + v.number() + " closed by " + actor + ", " + released + " released");
    return v;
  }

  /** Records an invoice, checked against the service done within the member's tolerance. */
  public Voucher invoice(long id, InvoiceReceipt receipt, String actor) {
    Voucher v = search.visible(id);
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
  public Voucher pay(long id, String reference, LocalDate on, String actor) {
    Voucher v = search.visible(id);
    Invoice invoice = v.pay(reference, on, LocalDate.now(), rates.rates(), actor);
    ledger.move(v, LedgerRows.Moves.paid(invoice.amountHt(), invoice.amountTtc()));
    return v;
  }

  /** Cancels and frees the amount for other vouchers of the lot and period (R2162-4). */
  public Voucher cancel(long id, String reason, String actor) {
    Voucher v = search.visible(id);
    v.cancel(reason, LocalDate.now(), actor);
    budget.release(v.lot().id(), v.periodIndex(), v.totalHt());
    shares.release(v.member().id(), v.agreement().id(), v.periodIndex(), v.totalHt());
    budgetLines.release(v, v.totalHt());
    ledger.committed(v, v.periodIndex(), Money.ZERO.minus(v.totalHt()));
    LOG.info(() -> "Voucher " + v.number() + " cancelled by " + actor);
    return v;
  }

  /** A voucher the caller may see (404 otherwise), for reading it. */
  public Voucher visible(long id) {
    return search.visible(id);
  }

  /** Any voucher, whoever asks: for steps that have already checked the caller. */
  public Voucher voucher(long id) {
    return Optional.ofNullable(em.find(Voucher.class, id))
        .orElseThrow(() -> DomainException.notFound("bon de commande", id));
  }
}
