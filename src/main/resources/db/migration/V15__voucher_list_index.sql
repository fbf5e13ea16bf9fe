-- The voucher lists, a page of ids at a time (VoucherSearch): indexes that hold a list's order
-- (issue date, number, id, newest first) and every column a list filters by, so that a page's
-- ids are found without reading the vouchers' rows. The first serves the lists scoped to one
-- member (its officers'); the second, read in its own order, the lists of the whole consortium
-- (finance, administrators, auditors). The same statements on H2 and PostgreSQL.
CREATE INDEX voucher_list_idx ON voucher (
  member_id, issue_date DESC, number DESC, id DESC,
  total_ht, status, period_index, lot_id, site_id, operator_id);
CREATE INDEX voucher_recent_idx ON voucher (
  issue_date DESC, number DESC, id DESC,
  member_id, status, period_index, lot_id, site_id, operator_id);
