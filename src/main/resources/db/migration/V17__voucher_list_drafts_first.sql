-- The voucher lists put drafts (no issue date, no number yet) first when newest first
-- (VoucherSearch.Sort). V15's indexes left the place of NULLs to each database's default:
-- PostgreSQL's DESC puts them first, H2's last, so the lists differed, and on H2 an index whose
-- NULLs sit elsewhere than the query's no longer gives the query its order. Both indexes again,
-- the same columns, with the place of NULLs written out: the same statements and the same order
-- on H2 and PostgreSQL (where DESC NULLS FIRST is the default, so its indexes do not change).
DROP INDEX voucher_list_idx;
DROP INDEX voucher_recent_idx;
CREATE INDEX voucher_list_idx ON voucher (
  member_id, issue_date DESC NULLS FIRST, number DESC NULLS FIRST, id DESC,
  total_ht, status, period_index, lot_id, site_id, operator_id);
CREATE INDEX voucher_recent_idx ON voucher (
  issue_date DESC NULLS FIRST, number DESC NULLS FIRST, id DESC,
  member_id, status, period_index, lot_id, site_id, operator_id);
