package fr.cadre.bench;

import java.util.List;

/**
 * The running totals and ledger rows, summed again from the vouchers, for the ledger benchmark's
 * generator. Written as the migration that brought the ledger computed them from the vouchers that
 * existed then; the reconciliation afterwards checks them against the same vouchers.
 */
final class LedgerTotals {

  private static final String COUNTED = "v.status NOT IN ('DRAFT', 'CANCELLED')";

  private static String sums(String where) {
    return "consumed = (SELECT COALESCE(SUM(v.total_ht - v.released_ht), 0) FROM voucher v WHERE "
        + where
        + " AND "
        + COUNTED
        + "), done_ht = (SELECT COALESCE(SUM(v.delivered_ht), 0) FROM voucher v WHERE "
        + where
        + " AND "
        + COUNTED
        + "), invoiced_ht = (SELECT COALESCE(SUM(v.invoiced_ht), 0) FROM voucher v WHERE "
        + where
        + "), invoiced_ttc = (SELECT COALESCE(SUM(v.invoiced_ttc), 0) FROM voucher v WHERE "
        + where
        + "), paid_ht = (SELECT COALESCE(SUM(v.paid_ht), 0) FROM voucher v WHERE "
        + where
        + "), paid_ttc = (SELECT COALESCE(SUM(v.paid_ttc), 0) FROM voucher v WHERE "
        + where
        + ")";
  }

  private static String ledgerRows(String dimension, String column) {
    return "INSERT INTO ledger_row (dimension, subject_id, lot_id, period_index, agreement_id,"
        + " committed_ht, done_ht, invoiced_ht, invoiced_ttc, paid_ht, paid_ttc) SELECT '"
        + dimension
        + "', v."
        + column
        + ", v.lot_id, v.period_index, v.agreement_id, SUM(v.total_ht - v.released_ht),"
        + " SUM(COALESCE(v.delivered_ht, 0)), SUM(v.invoiced_ht), SUM(v.invoiced_ttc), SUM(v.paid_ht),"
        + " SUM(v.paid_ttc) FROM voucher v WHERE "
        + COUNTED
        + " GROUP BY v."
        + column
        + ", v.lot_id, v.period_index, v.agreement_id";
  }

  static final List<String> RECOMPUTE =
      List.of(
          "UPDATE lot_period SET "
              + sums("v.lot_id = lot_period.lot_id AND v.period_index = lot_period.period_index"),
          "UPDATE member_period SET "
              + sums(
                  "v.member_id = member_period.member_id"
                      + " AND v.agreement_id = member_period.agreement_id"
                      + " AND v.period_index = member_period.period_index"),
          "DELETE FROM ledger_row",
          ledgerRows("SITE", "site_id"),
          ledgerRows("HOLDER", "operator_id"));

  private LedgerTotals() {}
}
