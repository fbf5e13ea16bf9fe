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
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

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
    return new Ready(voucher, isNew, window, share, issueDate, idempotencyKey, actor, null);
  }

  /**
   * The statements that lock, in a fixed order: the lot-period row (R2162-4), the member-period row
   * (the member's share), the number counter; then the voucher is numbered and frozen.
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
    String number;
    try {
      number = numbering.next(voucher.consortiumId(), ready.issueDate().getYear());
    } catch (DomainException | RowsNotPrepared refused) {
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
    return new Issued(voucher, consumption.headroomAfter(), warnings, true);
  }

  /**
   * A batch's statements that lock, taken once per row rather than once per voucher, in the same
   * order as {@link #issue} and in the same order in every instance: every lot-period row of the
   * batch (by lot and period), then every member-period row, then the number counters. The vouchers
   * of one row are added in one statement when they all fit, one by one otherwise; a voucher
   * refused at a row gives back what it took at the rows before. Outcomes come back in the batch's
   * order.
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
    OrderingPolicy policy = settings.policy();
    Map<Integer, Budget.Consumption> consumed = new HashMap<>();
    for (List<Integer> row : rows(counting, batch, r -> List.of(lotId(r), (long) period(r)))) {
      Ready first = batch.get(row.get(0));
      List<Attempt<Budget.Consumption>> taken =
          budget.consumeAll(
              lotId(first),
              period(first),
              first.voucher().lot().number(),
              first.window().period().label(),
              amounts(row, batch),
              policy);
      for (int k = 0; k < row.size(); k++) {
        if (taken.get(k).ok()) {
          consumed.put(row.get(k), taken.get(k).value());
        } else {
          outcomes.set(row.get(k), Attempt.refused(taken.get(k).refusal()));
        }
      }
    }
    counting.removeIf(i -> !consumed.containsKey(i));
    for (List<Integer> row :
        rows(
            counting,
            batch,
            r -> List.of(r.voucher().member().id(), agreementId(r), (long) period(r)))) {
      Ready first = batch.get(row.get(0));
      List<Attempt<Money>> taken =
          shares.consumeAll(
              first.voucher().member(),
              agreementId(first),
              period(first),
              first.window().period().label(),
              amounts(row, batch),
              first.share());
      for (int k = 0; k < row.size(); k++) {
        if (!taken.get(k).ok()) {
          Ready refused = batch.get(row.get(k));
          budget.release(lotId(refused), period(refused), refused.voucher().totalHt());
          outcomes.set(row.get(k), Attempt.refused(taken.get(k).refusal()));
          consumed.remove(row.get(k));
        }
      }
    }
    counting.removeIf(i -> !consumed.containsKey(i));
    for (List<Integer> row :
        rows(
            counting,
            batch,
            r -> List.of(r.voucher().consortiumId(), (long) r.issueDate().getYear()))) {
      Ready first = batch.get(row.get(0));
      List<String> numbers;
      try {
        numbers =
            numbering.next(first.voucher().consortiumId(), first.issueDate().getYear(), row.size());
      } catch (RowsNotPrepared refused) {
        for (int i : row) {
          Ready r = batch.get(i);
          shares.release(
              r.voucher().member().id(), agreementId(r), period(r), r.voucher().totalHt());
          budget.release(lotId(r), period(r), r.voucher().totalHt());
          outcomes.set(i, Attempt.refused(refused));
        }
        continue;
      }
      for (int k = 0; k < row.size(); k++) {
        int i = row.get(k);
        outcomes.set(i, Attempt.of(numbered(batch.get(i), numbers.get(k), consumed.get(i))));
      }
    }
    for (int i = 0; i < batch.size(); i++) {
      if (outcomes.get(i) == null) {
        Attempt<Issued> first = outcomes.get(firstOfDraft.get(batch.get(i).voucher()));
        outcomes.set(i, first.ok() ? Attempt.of(alreadyIssued(first.value().voucher())) : first);
      }
    }
    return outcomes;
  }

  private Issued numbered(Ready ready, String number, Budget.Consumption consumption) {
    Voucher voucher = ready.voucher();
    voucher.issue(number, ready.issueDate(), period(ready), ready.idempotencyKey(), ready.actor());
    if (ready.isNew()) {
      em.persist(voucher);
    }
    List<String> warnings = new ArrayList<>(ready.window().warnings());
    warnings.addAll(consumption.warnings());
    return new Issued(voucher, consumption.headroomAfter(), warnings, true);
  }

  /**
   * The batch's vouchers grouped by the row they move, keeping their order within a row; the rows
   * in ascending order of their key, so that two batches take their locks in the same order.
   */
  private static List<List<Integer>> rows(
      List<Integer> indices, List<Ready> batch, Function<Ready, List<Long>> key) {
    Map<List<Long>, List<Integer>> rows =
        new TreeMap<>(
            (a, b) -> {
              for (int k = 0; k < a.size(); k++) {
                int c = Long.compare(a.get(k), b.get(k));
                if (c != 0) {
                  return c;
                }
              }
              return 0;
            });
    for (int i : indices) {
      rows.computeIfAbsent(key.apply(batch.get(i)), k -> new ArrayList<>()).add(i);
    }
    return new ArrayList<>(rows.values());
  }

  private static List<Money> amounts(List<Integer> row, List<Ready> batch) {
    return row.stream().map(i -> batch.get(i).voucher().totalHt()).toList();
  }

  private static long lotId(Ready ready) {
    return ready.voucher().lot().id();
  }

  private static long agreementId(Ready ready) {
    return ready.voucher().agreement().id();
  }

  private static int period(Ready ready) {
    return ready.window().period().index();
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
