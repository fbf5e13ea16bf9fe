package fr.cadre.ordering.control;

import fr.cadre.kernel.DomainException;
import fr.cadre.kernel.Money;
import fr.cadre.ordering.entity.MemberFinance.BudgetCheck;
import fr.cadre.ordering.entity.Voucher;
import fr.cadre.platform.NativeStatement;
import fr.cadre.platform.Returning;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The member's running totals per budget year and budget line (budget_line_total), and the
 * authorising officer's check that credits are available before a commitment: where the member
 * recorded an envelope (a credit), a voucher beyond what is left of it is warned or refused, as the
 * member set; a line without envelope is not checked. One conditional UPDATE, after the member
 * period's row, in issuing's lock order.
 */
@ApplicationScoped
@Transactional(
    value = Transactional.TxType.MANDATORY,
    dontRollbackOn = {DomainException.class, RowsNotPrepared.class})
public class BudgetLines {

  @PersistenceContext EntityManager em;
  @Inject Returning returning;

  private static final String KEY =
      " WHERE member_id = ?2 AND agreement_id = ?3 AND budget_year = ?4 AND budget_line = ?5";

  /** Adds a voucher's amount to its budget line; a warning when it goes beyond the credit. */
  public Optional<String> consume(Voucher v, Money amount, BudgetCheck check) {
    if (!hasLine(v)) {
      return Optional.empty();
    }
    List<?> moved = consuming(v, amount, check).query(em).getResultList();
    Object[] row = moved.isEmpty() ? read(v) : (Object[]) moved.get(0);
    if (row == null) {
      throw new RowsNotPrepared(
          "budget line " + v.commitment().budgetLine() + " of member " + v.member().id());
    }
    if (row[0] == null) {
      return Optional.empty();
    }
    Money credit = new Money((BigDecimal) row[0]);
    Money committed = new Money((BigDecimal) row[1]);
    if (moved.isEmpty()) {
      Money left = credit.minus(committed);
      throw DomainException.conflict(
          "budget-credit",
          "crédits insuffisants sur la ligne "
              + v.commitment().budgetLine()
              + " du budget "
              + v.commitment().budgetYear()
              + " de "
              + v.member().name()
              + " : crédit "
              + credit.toFrench()
              + ", déjà engagé "
              + committed.toFrench()
              + ", disponible "
              + left.toFrench()
              + ", bon de "
              + amount.toFrench());
    }
    return beyond(v, committed, credit);
  }

  /**
   * The same for the vouchers of one budget line in a batch ({@code first} names the line), taken
   * in one statement when they all fit, one by one otherwise; each voucher gets the warning that
   * issuing it alone would have given, in the batch's order.
   */
  public List<Attempt<Optional<String>>> consumeAll(
      Voucher first, List<Money> amounts, BudgetCheck check) {
    List<Attempt<Optional<String>>> outcomes = new ArrayList<>();
    if (amounts.size() > 1) {
      Money sum = amounts.stream().reduce(Money.ZERO, Money::plus);
      List<?> moved = consuming(first, sum, check).query(em).getResultList();
      if (!moved.isEmpty()) {
        return consumedTogether(first, amounts, (Object[]) moved.get(0));
      }
    }
    for (Money amount : amounts) {
      try {
        outcomes.add(Attempt.of(consume(first, amount, check)));
      } catch (DomainException | RowsNotPrepared refused) {
        outcomes.add(Attempt.refused(refused));
      }
    }
    return outcomes;
  }

  /**
   * The statement that adds {@code amount} to the line of {@code v}, returning credit and total.
   */
  NativeStatement consuming(Voucher v, Money amount, BudgetCheck check) {
    return NativeStatement.of(
        returning.sql(update(check), "credit, committed_ht"),
        amount.amount(),
        v.member().id(),
        v.agreement().id(),
        v.commitment().budgetYear(),
        v.commitment().budgetLine());
  }

  /**
   * Each voucher's warning once one statement added their sum and {@code row} (credit, committed
   * after it) came back, as if issued one after the other.
   */
  static List<Attempt<Optional<String>>> consumedTogether(
      Voucher first, List<Money> amounts, Object[] row) {
    Money sum = amounts.stream().reduce(Money.ZERO, Money::plus);
    Money credit = row[0] == null ? null : new Money((BigDecimal) row[0]);
    Money committed = new Money((BigDecimal) row[1]).minus(sum);
    List<Attempt<Optional<String>>> outcomes = new ArrayList<>();
    for (Money amount : amounts) {
      committed = committed.plus(amount);
      outcomes.add(
          Attempt.of(credit == null ? Optional.empty() : beyond(first, committed, credit)));
    }
    return outcomes;
  }

  /** The conditional UPDATE: under REFUSE, only while the credit (if any) holds it. */
  private static String update(BudgetCheck check) {
    return "UPDATE budget_line_total SET committed_ht = committed_ht + ?1"
        + KEY
        + (check == BudgetCheck.REFUSE
            ? " AND (credit IS NULL OR committed_ht + ?1 <= credit)"
            : "");
  }

  /** The warning when the line's committed total has gone beyond its credit. */
  private static Optional<String> beyond(Voucher v, Money committed, Money credit) {
    if (committed.isGreaterThan(credit)) {
      return Optional.of(
          "crédit de la ligne "
              + v.commitment().budgetLine()
              + " du budget "
              + v.commitment().budgetYear()
              + " dépassé de "
              + committed.minus(credit).toFrench());
    }
    return Optional.empty();
  }

  /** Gives an amount back (a refused issue, a cancelled voucher). */
  public void release(Voucher v, Money amount) {
    if (hasLine(v)) {
      bind(
              em.createNativeQuery(
                  "UPDATE budget_line_total SET committed_ht = committed_ht - ?1" + KEY),
              v,
              amount)
          .executeUpdate();
    }
  }

  static boolean hasLine(Voucher v) {
    return v.commitment().budgetYear() != null && v.commitment().budgetLine() != null;
  }

  private Object[] read(Voucher v) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT credit, committed_ht FROM budget_line_total WHERE member_id = ?1"
                    + " AND agreement_id = ?2 AND budget_year = ?3 AND budget_line = ?4")
            .setFlushMode(FlushModeType.COMMIT)
            .setParameter(1, v.member().id())
            .setParameter(2, v.agreement().id())
            .setParameter(3, v.commitment().budgetYear())
            .setParameter(4, v.commitment().budgetLine())
            .getResultList();
    return rows.isEmpty() ? null : (Object[]) rows.get(0);
  }

  private static jakarta.persistence.Query bind(
      jakarta.persistence.Query query, Voucher v, Money amount) {
    return query
        .setFlushMode(FlushModeType.COMMIT)
        .setParameter(1, amount.amount())
        .setParameter(2, v.member().id())
        .setParameter(3, v.agreement().id())
        .setParameter(4, v.commitment().budgetYear())
        .setParameter(5, v.commitment().budgetLine());
  }
}
