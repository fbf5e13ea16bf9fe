package fr.cadre.ordering.control;

import fr.cadre.agreement.entity.FrameworkAgreement.IssueWindow;
import fr.cadre.kernel.DomainException;
import fr.cadre.kernel.Money;
import fr.cadre.ordering.entity.IdempotencyKey;
import fr.cadre.ordering.entity.Order;
import fr.cadre.ordering.entity.OrderingPolicy;
import fr.cadre.ordering.entity.Voucher;
import fr.cadre.ordering.entity.VoucherIssued;
import fr.cadre.ordering.entity.VoucherStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The steps of an issue, run inside a transaction that its caller owns: one voucher's ({@link
 * Ordering}) or a batch's ({@link IssueBatch}). First everything that only reads, then the
 * statements that lock. A refusal leaves the voucher's rows as they were and, thrown through these
 * methods, does not doom the transaction: the others in it go on. Every method has the same
 * attributes, and none calls another through {@code this}.
 */
@ApplicationScoped
@Transactional(
    value = Transactional.TxType.MANDATORY,
    dontRollbackOn = {DomainException.class, RowsNotPrepared.class})
public class IssueSteps {

  @PersistenceContext EntityManager em;
  @Inject Orders orders;
  @Inject Budget budget;
  @Inject Numbering numbering;
  @Inject MemberShares shares;
  @Inject LedgerRows ledger;
  @Inject BudgetLines budgetLines;
  @Inject MemberFinances finances;
  @Inject Event<VoucherIssued> issuedEvents;
  @Inject OrderingSettings settings;

  /** A draft checked (who orders, when) and ready to be counted and numbered. */
  public Ready ready(
      long draftId, LocalDate issueDate, IdempotencyKey idempotencyKey, String actor) {
    Voucher draft =
        Optional.ofNullable(em.find(Voucher.class, draftId))
            .orElseThrow(() -> DomainException.notFound("bon de commande", draftId));
    if (draft.status() != VoucherStatus.DRAFT) {
      return Ready.done(alreadyIssued(draft));
    }
    return ready(draft, orders.of(draft), false, issueDate, idempotencyKey, actor);
  }

  /** An order resolved, priced and checked, its voucher built but not yet written. */
  public Ready ready(
      OrderRequest request, LocalDate issueDate, IdempotencyKey idempotencyKey, String actor) {
    Order order = orders.resolve(request);
    return ready(new Voucher(order, actor, false), order, true, issueDate, idempotencyKey, actor);
  }

  private Ready ready(
      Voucher voucher,
      Order order,
      boolean isNew,
      LocalDate issueDate,
      IdempotencyKey idempotencyKey,
      String actor) {
    OrderingPolicy policy = settings.policy();
    order.checkWhoOrders(policy);
    IssueWindow window =
        voucher
            .agreement()
            .checkIssue(
                issueDate,
                LocalDate.now(),
                order.executionStart(),
                order.executionEnd(),
                policy.executionOverrunLimitDays());
    Optional<Money> share =
        shares.shareOf(voucher.member(), voucher.agreement().id(), window.period().index());
    return new Ready(
        voucher,
        isNew,
        window,
        share,
        issueDate,
        idempotencyKey,
        actor,
        null,
        finances.of(voucher.member().id()).budgetCheck());
  }

  /**
   * The statements that lock, in a fixed order: the lot-period row (R2162-4), the member-period row
   * (the member's share), the member's budget line (its credit), the site's and holder's ledger
   * rows of that lot and period, the number counter; then the voucher is numbered and frozen.
   */
  public Issued issue(Ready ready) {
    if (ready.done() != null) {
      return ready.done();
    }
    Voucher voucher = ready.voucher();
    if (!ready.isNew() && voucher.status() != VoucherStatus.DRAFT) {
      // The same draft twice in one batch: the first issued it since both were readied.
      return alreadyIssued(voucher);
    }
    IssueWindow window = ready.window();
    int period = window.period().index();
    long agreementId = voucher.agreement().id();
    Money amount = voucher.totalHt();
    Budget.Consumption consumption =
        budget.consume(
            voucher.lot().id(),
            period,
            voucher.lot().number(),
            window.period().label(),
            amount,
            settings.policy());
    // A refusal after the lot's total moved gives the amount back, so that the transaction can go
    // on issuing other vouchers (IssueBatch); alone, the rollback would undo it anyway.
    try {
      shares.consume(
          voucher.member(), agreementId, period, window.period().label(), amount, ready.share());
    } catch (DomainException | RowsNotPrepared refused) {
      budget.release(voucher.lot().id(), period, amount);
      throw refused;
    }
    Optional<String> overCredit;
    try {
      overCredit = budgetLines.consume(voucher, amount, ready.budgetCheck());
    } catch (DomainException | RowsNotPrepared refused) {
      shares.release(voucher.member().id(), agreementId, period, amount);
      budget.release(voucher.lot().id(), period, amount);
      throw refused;
    }
    try {
      ledger.committed(voucher, period, amount);
    } catch (RowsNotPrepared missing) {
      budgetLines.release(voucher, amount);
      shares.release(voucher.member().id(), agreementId, period, amount);
      budget.release(voucher.lot().id(), period, amount);
      throw missing;
    }
    String number;
    try {
      number = numbering.next(voucher.consortiumId(), ready.issueDate().getYear());
    } catch (DomainException | RowsNotPrepared refused) {
      ledger.committed(voucher, period, Money.ZERO.minus(amount));
      budgetLines.release(voucher, amount);
      shares.release(voucher.member().id(), agreementId, period, amount);
      budget.release(voucher.lot().id(), period, amount);
      throw refused;
    }
    voucher.issue(number, ready.issueDate(), period, ready.idempotencyKey(), ready.actor());
    if (ready.isNew()) {
      em.persist(voucher);
    }
    List<String> warnings = new ArrayList<>(window.warnings());
    warnings.addAll(consumption.warnings());
    overCredit.ifPresent(warnings::add);
    return new Issued(voucher, consumption.headroomAfter(), warnings, true);
  }

  /**
   * Writes the vouchers just issued and tells the rest of Cadre (their documents are frozen), in
   * the issuing transaction.
   */
  public void announce(List<Issued> issued) {
    em.flush();
    for (Issued i : issued) {
      if (i.issuedNow()) {
        issuedEvents.fire(new VoucherIssued(i.voucher(), i.headroomAfter()));
      }
    }
  }

  static Issued alreadyIssued(Voucher voucher) {
    return Issued.earlier(
        voucher, List.of("ce bon est déjà émis sous le numéro " + voucher.number()));
  }
}
