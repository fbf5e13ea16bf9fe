package fr.cadre.ordering.control;

import fr.cadre.access.control.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;

/**
 * Checks the running totals that issuing and every later step keep against the vouchers themselves:
 * for each lot and period, the sum of the non-cancelled issued vouchers, and every figure of the
 * ledger recomputed from the vouchers, their parts and invoices. Dashboards read the running
 * totals; this is how anyone can verify that they can be trusted, to the cent.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Reconciliation {

  @PersistenceContext EntityManager em;
  @Inject Caller caller;

  /**
   * Lot-wide running totals against every member's vouchers: for consortium-wide users only (403
   * for a member's finance, who would otherwise see the other members' consumption).
   */
  public List<Line> ofAgreement(long agreementId) {
    caller.requireConsortiumWide("le rapprochement des totaux");
    List<?> rows =
        em.createNativeQuery(
                "SELECT l.id, l.number, p.period_index, p.consumed,"
                    + " COALESCE(SUM(v.total_ht - v.released_ht), 0), COUNT(v.id)"
                    + " FROM lot l JOIN lot_period p ON p.lot_id = l.id"
                    + " LEFT JOIN voucher v ON v.lot_id = l.id AND v.period_index = p.period_index"
                    + "   AND v.status NOT IN ('DRAFT', 'CANCELLED')"
                    + " WHERE l.agreement_id = ?1"
                    + " GROUP BY l.id, l.number, p.period_index, p.consumed"
                    + " ORDER BY l.number, p.period_index")
            .setParameter(1, agreementId)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new Line(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).intValue(),
                    ((Number) r[2]).intValue(),
                    (BigDecimal) r[3],
                    new BigDecimal(r[4].toString()).setScale(2),
                    ((Number) r[5]).longValue()))
        .toList();
  }

  /**
   * Every figure of the ledger recomputed from the vouchers: per lot and period, member and period,
   * site and holder (per lot and period), member budget line: committed, service done, invoiced and
   * paid. Scans the agreement's vouchers, their parts and invoices once per dimension.
   */
  public List<LedgerCheck> ledgerOf(long agreementId) {
    return List.of(
        check(
            "LOT",
            "SELECT p.lot_id, p.period_index, p.consumed, p.done_ht, p.invoiced_ht, p.invoiced_ttc,"
                + " p.paid_ht, p.paid_ttc FROM lot_period p JOIN lot l ON l.id = p.lot_id"
                + " WHERE l.agreement_id = ?1",
            "v.lot_id, v.period_index",
            agreementId),
        check(
            "MEMBER",
            "SELECT member_id, period_index, consumed, done_ht, invoiced_ht, invoiced_ttc,"
                + " paid_ht, paid_ttc FROM member_period WHERE agreement_id = ?1",
            "v.member_id, v.period_index",
            agreementId),
        check(
            "SITE",
            "SELECT subject_id, lot_id, period_index, committed_ht, done_ht, invoiced_ht,"
                + " invoiced_ttc, paid_ht, paid_ttc FROM ledger_row"
                + " WHERE agreement_id = ?1 AND dimension = 'SITE'",
            "v.site_id, v.lot_id, v.period_index",
            agreementId),
        check(
            "HOLDER",
            "SELECT subject_id, lot_id, period_index, committed_ht, done_ht, invoiced_ht,"
                + " invoiced_ttc, paid_ht, paid_ttc FROM ledger_row"
                + " WHERE agreement_id = ?1 AND dimension = 'HOLDER'",
            "v.operator_id, v.lot_id, v.period_index",
            agreementId),
        check(
            "BUDGET",
            "SELECT member_id, budget_year, budget_line, committed_ht, done_ht, invoiced_ht,"
                + " invoiced_ttc, paid_ht, paid_ttc FROM budget_line_total WHERE agreement_id = ?1",
            "v.member_id, v.budget_year, v.budget_line",
            agreementId));
  }

  private LedgerCheck check(String dimension, String rowsSql, String key, long agreementId) {
    int keyColumns = key.split(",").length;
    List<?> rows = em.createNativeQuery(rowsSql).setParameter(1, agreementId).getResultList();
    String sql = fromVouchers(key, keyColumns);
    if (dimension.equals("BUDGET")) {
      sql =
          sql.replace(
              "v.agreement_id = ?1",
              "v.agreement_id = ?1 AND v.budget_year IS NOT NULL AND v.budget_line IS NOT NULL");
    }
    List<?> recomputed = em.createNativeQuery(sql).setParameter(1, agreementId).getResultList();
    return LedgerCheck.compare(dimension, keyColumns, rows, recomputed);
  }

  /** The six figures per key, from the vouchers, their parts of service done and invoices. */
  private static String fromVouchers(String key, int keyColumns) {
    String zero = "CAST(0 AS NUMERIC(15, 2))";
    StringBuilder outer = new StringBuilder();
    for (int k = 1; k <= keyColumns; k++) {
      outer.append("k").append(k).append(", ");
    }
    String aliased = aliased(key);
    return "SELECT "
        + outer
        + "SUM(c), SUM(d), SUM(ih), SUM(it), SUM(ph), SUM(pt) FROM ("
        + " SELECT "
        + aliased
        + ", v.total_ht - v.released_ht AS c, "
        + zero
        + " AS d, "
        + zero
        + " AS ih, "
        + zero
        + " AS it, "
        + zero
        + " AS ph, "
        + zero
        + " AS pt FROM voucher v WHERE v.agreement_id = ?1 AND v.status NOT IN ('DRAFT', 'CANCELLED')"
        + " UNION ALL SELECT "
        + aliased
        + ", "
        + zero
        + ", s.amount_ht, "
        + zero
        + ", "
        + zero
        + ", "
        + zero
        + ", "
        + zero
        + " FROM voucher_service_done s JOIN voucher v ON v.id = s.voucher_id WHERE v.agreement_id = ?1"
        + " UNION ALL SELECT "
        + aliased
        + ", "
        + zero
        + ", "
        + zero
        + ", i.amount_ht, i.amount_ttc,"
        + " CASE WHEN i.paid_on IS NULL THEN 0 ELSE i.amount_ht END,"
        + " CASE WHEN i.paid_on IS NULL THEN 0 ELSE i.amount_ttc END"
        + " FROM voucher_invoice i JOIN voucher v ON v.id = i.voucher_id WHERE v.agreement_id = ?1"
        + ") x GROUP BY "
        + outer.substring(0, outer.length() - 2);
  }

  private static String aliased(String key) {
    String[] columns = key.split(",");
    StringBuilder aliased = new StringBuilder();
    for (int k = 0; k < columns.length; k++) {
      aliased.append(k == 0 ? "" : ", ").append(columns[k].trim()).append(" AS k").append(k + 1);
    }
    return aliased.toString();
  }

  /** One lot and period: the running total beside what its vouchers add up to. */
  public record Line(
      long lotId,
      int lotNumber,
      int periodIndex,
      BigDecimal runningTotal,
      BigDecimal vouchersTotal,
      long voucherCount) {

    public boolean consistent() {
      return runningTotal.compareTo(vouchersTotal) == 0;
    }
  }
}
