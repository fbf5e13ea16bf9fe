package fr.cadre.ordering.control;

import static fr.cadre.ordering.control.BatchRows.agreementId;
import static fr.cadre.ordering.control.BatchRows.period;

import fr.cadre.agreement.entity.FrameworkAgreement.IssueWindow;
import fr.cadre.kernel.DomainException;
import fr.cadre.kernel.Money;
import fr.cadre.ordering.entity.IdempotencyKey;
import fr.cadre.ordering.entity.Order;
import fr.cadre.ordering.entity.OrderingPolicy;
import fr.cadre.ordering.entity.Voucher;
import fr.cadre.ordering.entity.VoucherEvent;
import fr.cadre.ordering.entity.VoucherIssued;
import fr.cadre.ordering.entity.VoucherLine;
import fr.cadre.ordering.entity.VoucherStatus;
import fr.cadre.ordering.entity.VouchersIssued;
import fr.cadre.platform.JdbcInserts;
import fr.cadre.platform.NewRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The steps of an issue, run inside a transaction that its caller owns: one voucher's ({@link
 * Ordering}) or a batch's ({@link IssueBatch}). First everything that only reads, then the
 * statements that lock. A refusal leaves the voucher's rows as they were and, thrown through these
 * methods, does not doom the transaction: the others in it go on. Every method has the same
 * attributes, and none calls another through {@code this}. The one-voucher path ({@link #issue})
 * and the batch path ({@link #issueAll}) stay side by side in this class, so that their lock order
 * ({@link Taken}) is read and changed in one place; that is why the class runs past 300 lines.
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
  @Inject ReferenceReads reads;
  @Inject RowsTogether rowsTogether;
  @Inject RowByRow rowByRow;
  @Inject Event<VouchersIssued> issuedEvents;
  @Inject JdbcInserts inserts;
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
        reads.finance(voucher.member().id()).budgetCheck());
  }

  /**
   * The rows issuing locks, in the order it takes them, in every path and every instance: a draft's
   * own row first ({@link #stillDraft}), then the lot-period row (R2162-4), the member-period row
   * (the member's share), the member's budget line (its credit), the site's and holder's ledger
   * rows of that lot and period; the number counter last. A refusal at one gives back what was
   * taken at those before it ({@link RowByRow#giveBack}).
   */
  enum Taken {
    LOT_PERIOD,
    MEMBER_PERIOD,
    BUDGET_LINE,
    LEDGER_ROWS
  }

  /** One voucher's issue: its rows in {@link Taken}'s order; then it is numbered and frozen. */
  public Issued issue(Ready ready) {
    return issue(ready, v -> numbering.next(v.consortiumId(), ready.issueDate().getYear()));
  }

  /**
   * The same for a voucher of a history, issued before Cadre under its own number, which Cadre
   * adopts ({@link Numbering#adopt}) instead of giving the next one.
   */
  public Issued issueAs(Ready ready, String number) {
    return issue(
        ready,
        v -> {
          numbering.adopt(v.consortiumId(), ready.issueDate().getYear(), number);
          return number;
        });
  }

  private Issued issue(Ready ready, Function<Voucher, String> numbered) {
    if (ready.done() != null) {
      return ready.done();
    }
    Voucher voucher = ready.voucher();
    if (!ready.isNew() && !stillDraft(voucher)) {
      // Issued since it was readied: by the same draft earlier in this batch, or by another.
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
      rowByRow.giveBack(ready, Taken.LOT_PERIOD);
      throw refused;
    }
    Optional<String> overCredit;
    try {
      overCredit = budgetLines.consume(voucher, amount, ready.budgetCheck());
    } catch (DomainException | RowsNotPrepared refused) {
      rowByRow.giveBack(ready, Taken.MEMBER_PERIOD);
      throw refused;
    }
    try {
      ledger.committed(voucher, period, amount);
    } catch (RowsNotPrepared missing) {
      rowByRow.giveBack(ready, Taken.BUDGET_LINE);
      throw missing;
    }
    String number;
    try {
      number = numbered.apply(voucher);
    } catch (DomainException | RowsNotPrepared refused) {
      rowByRow.giveBack(ready, Taken.LEDGER_ROWS);
      throw refused;
    }
    Issued issued = numbered(ready, number, consumption, overCredit);
    if (ready.isNew()) {
      em.persist(voucher);
    }
    return issued;
  }

  /**
   * A batch's statements that lock, taken once per row rather than once per voucher, in {@link
   * Taken}'s order and, within one kind, in ascending order of the row's key ({@link BatchRows}):
   * all together in one round trip when every voucher fits ({@link RowsTogether}), otherwise one
   * row after the other, which tells each refusal ({@link RowByRow}). Outcomes come back in the
   * batch's order. The new vouchers are numbered but not persisted: {@link #announce} writes them.
   */
  public List<Attempt<Issued>> issueAll(List<Ready> batch) {
    List<Attempt<Issued>> outcomes = new ArrayList<>(batch.size());
    Map<Voucher, Integer> firstOfDraft = new IdentityHashMap<>();
    List<Integer> counting = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      Ready ready = batch.get(i);
      outcomes.add(null);
      if (ready.done() != null) {
        outcomes.set(i, Attempt.of(ready.done()));
      } else if (!ready.isNew() && firstOfDraft.putIfAbsent(ready.voucher(), i) != null) {
        continue; // the same draft twice: answered below, from the first one's outcome
      } else {
        counting.add(i);
      }
    }
    counting.stream()
        .filter(i -> !batch.get(i).isNew())
        .sorted(Comparator.comparing(i -> batch.get(i).voucher().id()))
        .filter(i -> !stillDraft(batch.get(i).voucher()))
        .toList()
        .forEach(i -> outcomes.set(i, Attempt.of(alreadyIssued(batch.get(i).voucher()))));
    counting.removeIf(i -> outcomes.get(i) != null);
    OrderingPolicy policy = settings.policy();
    RowsTaken taken =
        rowsTogether
            .takeAll(counting, batch, policy)
            .orElseGet(() -> rowByRow.takeEach(counting, batch, policy));
    for (int i : counting) {
      RuntimeException refusal = taken.refusals().get(i);
      if (refusal != null) {
        outcomes.set(i, Attempt.refused(refusal));
        continue;
      }
      outcomes.set(
          i,
          Attempt.of(
              numbered(
                  batch.get(i),
                  taken.numbers().get(i),
                  taken.consumed().get(i),
                  taken.overCredit().getOrDefault(i, Optional.empty()))));
    }
    for (int i = 0; i < batch.size(); i++) {
      if (outcomes.get(i) == null) {
        Attempt<Issued> first = outcomes.get(firstOfDraft.get(batch.get(i).voucher()));
        outcomes.set(i, first.ok() ? Attempt.of(alreadyIssued(first.value().voucher())) : first);
      }
    }
    return outcomes;
  }

  /**
   * Takes a draft's row and reads it again: a batch readies its drafts while the batch before it is
   * still writing, so a draft that one issued may still read as a draft in the next, which would
   * then count it a second time and fail on its version at the flush, rolling back every issue of
   * the batch. Under the row's lock, the status read is the committed one, and an issue of the same
   * draft elsewhere waits for this one.
   */
  private boolean stillDraft(Voucher draft) {
    em.refresh(draft, LockModeType.PESSIMISTIC_WRITE);
    return draft.status() == VoucherStatus.DRAFT;
  }

  private Issued numbered(
      Ready ready, String number, Budget.Consumption consumption, Optional<String> overCredit) {
    Voucher voucher = ready.voucher();
    voucher.issue(number, ready.issueDate(), period(ready), ready.idempotencyKey(), ready.actor());
    List<String> warnings = new ArrayList<>(ready.window().warnings());
    warnings.addAll(consumption.warnings());
    overCredit.ifPresent(warnings::add);
    return new Issued(voucher, consumption.headroomAfter(), warnings, true);
  }

  /**
   * Tells the rest of Cadre of the vouchers just issued (their documents are frozen), in the
   * issuing transaction, and writes them. A batch's new vouchers are not in the persistence context
   * ({@link #issueAll}): they are written here with their lines, history and what the observers add
   * ({@link VouchersIssued}), together ({@link JdbcInserts}), after what the persistence context
   * holds, to which they may refer.
   */
  public void announce(List<Issued> issued) {
    List<VoucherIssued> now = new ArrayList<>();
    for (Issued i : issued) {
      if (i.issuedNow()) {
        now.add(new VoucherIssued(i.voucher(), i.headroomAfter()));
      }
    }
    if (now.isEmpty()) {
      return;
    }
    em.flush();
    List<Voucher> unwritten =
        now.stream().map(VoucherIssued::voucher).filter(v -> !em.contains(v)).toList();
    NewRows rows =
        new NewRows()
            .add(Voucher.class, unwritten)
            .add(VoucherLine.class, unwritten.stream().flatMap(v -> v.lines().stream()).toList())
            .add(
                VoucherEvent.class, unwritten.stream().flatMap(v -> v.history().stream()).toList());
    issuedEvents.fire(new VouchersIssued(now, rows));
    inserts.write(rows);
  }

  static Issued alreadyIssued(Voucher voucher) {
    return Issued.earlier(
        voucher, List.of("ce bon est déjà émis sous le numéro " + voucher.number()));
  }
}
