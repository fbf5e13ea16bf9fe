package fr.cadre.ordering.control;

import static fr.cadre.ordering.control.BatchRows.agreementId;
import static fr.cadre.ordering.control.BatchRows.lotId;
import static fr.cadre.ordering.control.BatchRows.period;

import fr.cadre.kernel.DomainException;
import fr.cadre.kernel.Money;
import fr.cadre.ordering.entity.OrderingPolicy;
import fr.cadre.platform.NativeStatement;
import fr.cadre.platform.StatementsTogether;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A batch's running-total rows taken in one round trip, when every voucher fits: the same
 * statements as one row after the other ({@link IssueSteps}), each row's vouchers summed, in the
 * same lock order ({@link RowByRow}), sent together after a savepoint ({@link StatementsTogether}).
 * When one row does not take its sum (a maximum, a share or a credit reached, a row not created
 * yet), everything goes back to the savepoint, the locks taken with it too, and the batch goes row
 * by row ({@link RowByRow}), which tells each voucher's refusal. A database without round trips
 * gets the row by row path directly.
 */
@ApplicationScoped
@Transactional(
    value = Transactional.TxType.MANDATORY,
    dontRollbackOn = {DomainException.class, RowsNotPrepared.class})
public class RowsTogether {

  @PersistenceContext EntityManager em;
  @Inject StatementsTogether together;
  @Inject Budget budget;
  @Inject MemberShares shares;
  @Inject BudgetLines budgetLines;
  @Inject LedgerRows ledger;
  @Inject Numbering numbering;

  /** One statement and what makes its outcome a success; then what it gives each voucher. */
  private record Step(
      NativeStatement statement,
      Predicate<StatementsTogether.Done> took,
      java.util.function.Consumer<StatementsTogether.Done> apply) {}

  /** Every voucher's rows at once, or empty when they must go row by row. */
  Optional<RowsTaken> takeAll(List<Integer> counting, List<Ready> batch, OrderingPolicy policy) {
    if (counting.isEmpty()) {
      return Optional.empty();
    }
    RowsTaken taken = RowsTaken.none();
    List<Step> steps = new ArrayList<>();
    for (List<Integer> row : BatchRows.of(counting, batch, BatchRows::lotPeriod)) {
      Ready first = batch.get(row.get(0));
      List<Money> amounts = BatchRows.amounts(row, batch);
      steps.add(
          new Step(
              budget.consuming(lotId(first), period(first), sum(amounts)),
              done -> done.rows().size() == 1,
              done -> {
                List<Attempt<Budget.Consumption>> each =
                    Budget.consumedTogether(
                        first.voucher().lot().number(),
                        first.window().period().label(),
                        amounts,
                        done.rows().get(0),
                        policy);
                for (int k = 0; k < row.size(); k++) {
                  taken.consumed().put(row.get(k), each.get(k).value());
                }
              }));
    }
    for (List<Integer> row : BatchRows.of(counting, batch, BatchRows::memberPeriod)) {
      Ready first = batch.get(row.get(0));
      steps.add(
          new Step(
              shares.consuming(
                  first.voucher().member(),
                  agreementId(first),
                  period(first),
                  BatchRows.sum(row, batch),
                  first.share()),
              done -> done.count() == 1,
              done -> {}));
    }
    List<Integer> onLines =
        counting.stream().filter(i -> BudgetLines.hasLine(batch.get(i).voucher())).toList();
    for (List<Integer> row : BatchRows.of(onLines, batch, BatchRows::budgetLine)) {
      Ready first = batch.get(row.get(0));
      List<Money> amounts = BatchRows.amounts(row, batch);
      steps.add(
          new Step(
              budgetLines.consuming(first.voucher(), sum(amounts), first.budgetCheck()),
              done -> done.rows().size() == 1,
              done -> {
                List<Attempt<Optional<String>>> each =
                    BudgetLines.consumedTogether(first.voucher(), amounts, done.rows().get(0));
                for (int k = 0; k < row.size(); k++) {
                  taken.overCredit().put(row.get(k), each.get(k).value());
                }
              }));
    }
    for (List<Integer> row : BatchRows.of(counting, batch, BatchRows::ledgerRows)) {
      Ready first = batch.get(row.get(0));
      steps.add(
          new Step(
              ledger.committing(first.voucher(), period(first), BatchRows.sum(row, batch)),
              done -> done.count() == LedgerRows.ROWS_PER_VOUCHER,
              done -> {}));
    }
    for (List<Integer> row : BatchRows.of(counting, batch, BatchRows::counter)) {
      Ready first = batch.get(row.get(0));
      int year = first.issueDate().getYear();
      steps.add(
          new Step(
              numbering.taking(first.voucher().consortiumId(), year, row.size()),
              done -> done.rows().size() == 1,
              done -> {
                List<String> numbers =
                    Numbering.numbers(
                        year, ((Number) done.rows().get(0)[0]).intValue(), row.size());
                for (int k = 0; k < row.size(); k++) {
                  taken.numbers().put(row.get(k), numbers.get(k));
                }
              }));
    }
    Optional<List<StatementsTogether.Done>> done =
        together.run(em, steps.stream().map(Step::statement).toList());
    if (done.isEmpty()) {
      return Optional.empty();
    }
    for (int s = 0; s < steps.size(); s++) {
      if (!steps.get(s).took().test(done.get().get(s))) {
        together.undo(em);
        return Optional.empty();
      }
    }
    for (int s = 0; s < steps.size(); s++) {
      steps.get(s).apply().accept(done.get().get(s));
    }
    return Optional.of(taken);
  }

  private static Money sum(List<Money> amounts) {
    return amounts.stream().reduce(Money.ZERO, Money::plus);
  }
}
