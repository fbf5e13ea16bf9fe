package fr.cadre.ordering.control;

import fr.cadre.kernel.Money;
import fr.cadre.ordering.entity.Voucher;
import fr.cadre.platform.NativeStatement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The finance ledger's running totals: what each voucher step moves, in the step's own transaction
 * and in issuing's lock order (the lot period's row, then the member's, its budget line's, then the
 * site's and holder's rows of that lot and period). Like {@link Budget} and {@link MemberShares},
 * plain statements that need no flush.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = RowsNotPrepared.class)
public class LedgerRows {

  /** What one step moves, in euros: committed excl. VAT, then each later figure. */
  public record Moves(
      Money committed,
      Money doneHt,
      Money invoicedHt,
      Money invoicedTtc,
      Money paidHt,
      Money paidTtc) {

    public static Moves released(Money amount) {
      return new Moves(
          Money.ZERO.minus(amount), Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
    }

    public static Moves done(Money amount) {
      return new Moves(Money.ZERO, amount, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
    }

    public static Moves invoiced(Money ht, Money ttc) {
      return new Moves(Money.ZERO, Money.ZERO, ht, ttc, Money.ZERO, Money.ZERO);
    }

    public static Moves paid(Money ht, Money ttc) {
      return new Moves(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, ht, ttc);
    }
  }

  private static final String FIGURES =
      " done_ht = done_ht + ?2, invoiced_ht = invoiced_ht + ?3, invoiced_ttc = invoiced_ttc + ?4,"
          + " paid_ht = paid_ht + ?5, paid_ttc = paid_ttc + ?6";

  @PersistenceContext EntityManager em;

  /**
   * The committed amount of the voucher's site and holder, under the lot period's lock (issuing has
   * just moved it); a missing row means its first voucher there: the issue prepares it and tries
   * again.
   */
  public void committed(Voucher v, int period, Money amount) {
    if (committing(v, period, amount).query(em).executeUpdate() != ROWS_PER_VOUCHER) {
      throw new RowsNotPrepared("ledger rows of site " + v.site().id() + ", period " + period);
    }
  }

  /** A voucher counts in two ledger rows of its lot and period: its site's and its holder's. */
  static final int ROWS_PER_VOUCHER = 2;

  /**
   * The statement that adds {@code amount} to the committed total of the voucher's two rows, both
   * or neither: a site's first voucher finds its holder's row there from another site's vouchers,
   * and moving that one alone before the refusal made the holder count the voucher twice once the
   * issue had prepared the site's row and tried again.
   */
  NativeStatement committing(Voucher v, int period, Money amount) {
    String rows =
        " lot_id = ?2 AND period_index = ?3"
            + " AND ((dimension = 'SITE' AND subject_id = ?4)"
            + " OR (dimension = 'HOLDER' AND subject_id = ?5))";
    return NativeStatement.of(
        "UPDATE ledger_row SET committed_ht = committed_ht + ?1 WHERE"
            + rows
            + " AND (SELECT COUNT(*) FROM ledger_row WHERE"
            + rows
            + ") = "
            + ROWS_PER_VOUCHER,
        amount.amount(),
        v.lot().id(),
        period,
        v.site().id(),
        v.holder().id());
  }

  /** Moves the voucher's figures on every row it counts in, in lock order. */
  public void move(Voucher v, Moves moves) {
    moveRows(
        "UPDATE lot_period SET consumed = consumed + ?1,"
            + FIGURES
            + " WHERE lot_id = ?7 AND period_index = ?8",
        moves,
        v.lot().id(),
        v.periodIndex());
    moveRows(
        "UPDATE member_period SET consumed = consumed + ?1,"
            + FIGURES
            + " WHERE member_id = ?7 AND agreement_id = ?8 AND period_index = ?9",
        moves,
        v.member().id(),
        v.agreement().id(),
        v.periodIndex());
    if (BudgetLines.hasLine(v)) {
      moveRows(
          "UPDATE budget_line_total SET committed_ht = committed_ht + ?1,"
              + FIGURES
              + " WHERE member_id = ?7 AND agreement_id = ?8 AND budget_year = ?9"
              + " AND budget_line = ?10",
          moves,
          v.member().id(),
          v.agreement().id(),
          v.commitment().budgetYear(),
          v.commitment().budgetLine());
    }
    moveRows(
        "UPDATE ledger_row SET committed_ht = committed_ht + ?1,"
            + FIGURES
            + " WHERE lot_id = ?7 AND period_index = ?8"
            + " AND ((dimension = 'SITE' AND subject_id = ?9)"
            + " OR (dimension = 'HOLDER' AND subject_id = ?10))",
        moves,
        v.lot().id(),
        v.periodIndex(),
        v.site().id(),
        v.holder().id());
  }

  private void moveRows(String sql, Moves m, Object... keys) {
    var update =
        em.createNativeQuery(sql)
            .setFlushMode(FlushModeType.COMMIT)
            .setParameter(1, m.committed().amount())
            .setParameter(2, m.doneHt().amount())
            .setParameter(3, m.invoicedHt().amount())
            .setParameter(4, m.invoicedTtc().amount())
            .setParameter(5, m.paidHt().amount())
            .setParameter(6, m.paidTtc().amount());
    for (int i = 0; i < keys.length; i++) {
      update.setParameter(7 + i, keys[i]);
    }
    update.executeUpdate();
  }
}
