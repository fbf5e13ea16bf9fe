package fr.cadre.ordering.control;

import static fr.cadre.ordering.control.BatchRows.agreementId;
import static fr.cadre.ordering.control.BatchRows.lotId;
import static fr.cadre.ordering.control.BatchRows.period;

import fr.cadre.kernel.DomainException;
import fr.cadre.kernel.Money;
import fr.cadre.ordering.entity.OrderingPolicy;
import fr.cadre.ordering.entity.Voucher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A batch's running-total rows one kind after the other, in {@link IssueSteps.Taken}'s order and,
 * within one kind, in ascending order of the row's key ({@link BatchRows}): every lot-period row of
 * the batch, then every member-period row, every budget line, every ledger row, then the number
 * counters. The vouchers of one row are added in one statement when they all fit, one by one
 * otherwise; a voucher refused at a row gives back what it took at the rows before. This is how a
 * batch goes when its rows could not all be taken together ({@link RowsTogether}), and what tells
 * each refused voucher why.
 */
@ApplicationScoped
@Transactional(
    value = Transactional.TxType.MANDATORY,
    dontRollbackOn = {DomainException.class, RowsNotPrepared.class})
public class RowByRow {

  @Inject Budget budget;
  @Inject Numbering numbering;
  @Inject MemberShares shares;
  @Inject LedgerRows ledger;
  @Inject BudgetLines budgetLines;

  /** What each voucher of the batch took, or why it was refused, by its index in the batch. */
  RowsTaken takeEach(List<Integer> batchIndices, List<Ready> batch, OrderingPolicy policy) {
    List<Integer> counting = new ArrayList<>(batchIndices);
    RowsTaken rows = RowsTaken.none();
    Map<Integer, Budget.Consumption> consumed = rows.consumed();
    Map<Integer, RuntimeException> outcomes = rows.refusals();
    for (List<Integer> row : BatchRows.of(counting, batch, BatchRows::lotPeriod)) {
      Ready first = batch.get(row.get(0));
      List<Attempt<Budget.Consumption>> taken =
          budget.consumeAll(
              lotId(first),
              period(first),
              first.voucher().lot().number(),
              first.window().period().label(),
              BatchRows.amounts(row, batch),
              policy);
      for (int k = 0; k < row.size(); k++) {
        if (taken.get(k).ok()) {
          consumed.put(row.get(k), taken.get(k).value());
        } else {
          outcomes.put(row.get(k), taken.get(k).refusal());
        }
      }
    }
    counting.removeIf(i -> !consumed.containsKey(i));
    for (List<Integer> row : BatchRows.of(counting, batch, BatchRows::memberPeriod)) {
      Ready first = batch.get(row.get(0));
      List<Attempt<Money>> taken =
          shares.consumeAll(
              first.voucher().member(),
              agreementId(first),
              period(first),
              first.window().period().label(),
              BatchRows.amounts(row, batch),
              first.share());
      refuse(row, taken, IssueSteps.Taken.LOT_PERIOD, batch, outcomes, consumed);
    }
    counting.removeIf(i -> !consumed.containsKey(i));
    Map<Integer, Optional<String>> overCredit = rows.overCredit();
    List<Integer> onLines =
        counting.stream().filter(i -> BudgetLines.hasLine(batch.get(i).voucher())).toList();
    for (List<Integer> row : BatchRows.of(onLines, batch, BatchRows::budgetLine)) {
      Ready first = batch.get(row.get(0));
      List<Attempt<Optional<String>>> taken =
          budgetLines.consumeAll(
              first.voucher(), BatchRows.amounts(row, batch), first.budgetCheck());
      refuse(row, taken, IssueSteps.Taken.MEMBER_PERIOD, batch, outcomes, consumed);
      for (int k = 0; k < row.size(); k++) {
        if (taken.get(k).ok()) {
          overCredit.put(row.get(k), taken.get(k).value());
        }
      }
    }
    counting.removeIf(i -> !consumed.containsKey(i));
    for (List<Integer> row : BatchRows.of(counting, batch, BatchRows::ledgerRows)) {
      Ready first = batch.get(row.get(0));
      try {
        ledger.committed(first.voucher(), period(first), BatchRows.sum(row, batch));
      } catch (RowsNotPrepared missing) {
        refuseAll(row, missing, IssueSteps.Taken.BUDGET_LINE, batch, outcomes, consumed);
      }
    }
    counting.removeIf(i -> !consumed.containsKey(i));
    for (List<Integer> row : BatchRows.of(counting, batch, BatchRows::counter)) {
      Ready first = batch.get(row.get(0));
      List<String> numbers;
      try {
        numbers =
            numbering.next(first.voucher().consortiumId(), first.issueDate().getYear(), row.size());
      } catch (RowsNotPrepared refused) {
        refuseAll(row, refused, IssueSteps.Taken.LEDGER_ROWS, batch, outcomes, consumed);
        continue;
      }
      for (int k = 0; k < row.size(); k++) {
        rows.numbers().put(row.get(k), numbers.get(k));
      }
    }
    return rows;
  }

  /** The vouchers of one row that it refused leave the batch, giving back what they took. */
  private void refuse(
      List<Integer> row,
      List<? extends Attempt<?>> taken,
      IssueSteps.Taken before,
      List<Ready> batch,
      Map<Integer, RuntimeException> outcomes,
      Map<Integer, Budget.Consumption> consumed) {
    for (int k = 0; k < row.size(); k++) {
      if (!taken.get(k).ok()) {
        giveBack(batch.get(row.get(k)), before);
        outcomes.put(row.get(k), taken.get(k).refusal());
        consumed.remove(row.get(k));
      }
    }
  }

  /** Every voucher of one row leaves the batch, giving back what it took. */
  private void refuseAll(
      List<Integer> row,
      RuntimeException refusal,
      IssueSteps.Taken before,
      List<Ready> batch,
      Map<Integer, RuntimeException> outcomes,
      Map<Integer, Budget.Consumption> consumed) {
    for (int i : row) {
      giveBack(batch.get(i), before);
      outcomes.put(i, refusal);
      consumed.remove(i);
    }
  }

  /** Gives back what a voucher took at every row up to {@code taken}, last taken first. */
  void giveBack(Ready r, IssueSteps.Taken taken) {
    Voucher v = r.voucher();
    Money amount = v.totalHt();
    if (taken.compareTo(IssueSteps.Taken.LEDGER_ROWS) >= 0) {
      ledger.committed(v, period(r), Money.ZERO.minus(amount));
    }
    if (taken.compareTo(IssueSteps.Taken.BUDGET_LINE) >= 0) {
      budgetLines.release(v, amount);
    }
    if (taken.compareTo(IssueSteps.Taken.MEMBER_PERIOD) >= 0) {
      shares.release(v.member().id(), agreementId(r), period(r), amount);
    }
    budget.release(lotId(r), period(r), amount);
  }
}
