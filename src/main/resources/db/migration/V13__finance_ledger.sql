-- The finance ledger (issue 13): service done in parts, several invoices per voucher with their
-- payment clock and late interest, closing (soldé) that releases the undelivered remainder, the
-- members' finance settings, the ECB rates added by an administrator, and running totals of
-- service done, invoiced and paid beside the committed ones, per lot, member, site and holder.

-- Each certified part of the service done, with its date and its amount excl. VAT.
CREATE TABLE voucher_service_done (
  id BIGINT PRIMARY KEY,
  voucher_id BIGINT NOT NULL REFERENCES voucher (id),
  done_on DATE NOT NULL,
  amount_ht NUMERIC(15, 2) NOT NULL,
  actor VARCHAR(200) NOT NULL,
  recorded_at TIMESTAMP NOT NULL
);
CREATE INDEX voucher_service_done_voucher_idx ON voucher_service_done (voucher_id);

-- The quantities one part delivered, per price code.
CREATE TABLE voucher_delivery (
  service_done_id BIGINT NOT NULL REFERENCES voucher_service_done (id),
  price_code VARCHAR(30) NOT NULL,
  quantity NUMERIC(12, 3) NOT NULL,
  PRIMARY KEY (service_done_id, price_code)
);

-- The holder's invoices: reference, receipt, amounts, the payment clock (start and delay in days)
-- and, once paid, the late interest and flat fee owed to the holder (R2192-31, D2192-35).
CREATE TABLE voucher_invoice (
  id BIGINT PRIMARY KEY,
  voucher_id BIGINT NOT NULL REFERENCES voucher (id),
  reference VARCHAR(100) NOT NULL,
  received_on DATE NOT NULL,
  amount_ht NUMERIC(15, 2) NOT NULL,
  amount_ttc NUMERIC(15, 2) NOT NULL,
  beyond_certified NUMERIC(15, 2) NOT NULL DEFAULT 0,
  clock_start DATE NOT NULL,
  delay_days INT NOT NULL,
  paid_on DATE,
  days_late INT,
  interest_rate NUMERIC(7, 3),
  late_interest NUMERIC(15, 2),
  flat_fee NUMERIC(15, 2),
  actor VARCHAR(200) NOT NULL,
  CONSTRAINT voucher_invoice_reference_unique UNIQUE (voucher_id, reference)
);
CREATE INDEX voucher_invoice_unpaid_idx ON voucher_invoice (paid_on, voucher_id);

ALTER TABLE voucher ADD COLUMN invoiced_ht NUMERIC(15, 2) DEFAULT 0 NOT NULL;
ALTER TABLE voucher ADD COLUMN invoiced_ttc NUMERIC(15, 2) DEFAULT 0 NOT NULL;
ALTER TABLE voucher ADD COLUMN paid_ht NUMERIC(15, 2) DEFAULT 0 NOT NULL;
ALTER TABLE voucher ADD COLUMN paid_ttc NUMERIC(15, 2) DEFAULT 0 NOT NULL;
ALTER TABLE voucher ADD COLUMN released_ht NUMERIC(15, 2) DEFAULT 0 NOT NULL;
ALTER TABLE voucher ADD COLUMN closed_on DATE;
ALTER TABLE voucher ADD COLUMN closing_reason VARCHAR(1000);

-- Vouchers certified, invoiced or paid before: one part dated at issue, one invoice received at
-- issue (its amount was stated incl. VAT) on the legal delay of the member's legal form. The
-- sequence hands out every id once across tables, so the voucher's id serves as theirs.
UPDATE voucher SET delivered_ht = 0 WHERE delivered_ht IS NULL;
INSERT INTO voucher_service_done (id, voucher_id, done_on, amount_ht, actor, recorded_at)
SELECT id, id, issue_date, delivered_ht, 'reprise V13', CURRENT_TIMESTAMP FROM voucher
WHERE status IN ('SERVICE_DONE', 'INVOICED', 'PAID');
INSERT INTO voucher_delivery (service_done_id, price_code, quantity)
SELECT l.voucher_id, l.price_code, SUM(COALESCE(l.delivered_quantity, l.quantity))
FROM voucher_line l JOIN voucher v ON v.id = l.voucher_id
WHERE v.status IN ('SERVICE_DONE', 'INVOICED', 'PAID')
GROUP BY l.voucher_id, l.price_code;
UPDATE voucher_line SET delivered_quantity = quantity
WHERE delivered_quantity IS NULL
  AND voucher_id IN (SELECT id FROM voucher WHERE status IN ('SERVICE_DONE', 'INVOICED', 'PAID'));
INSERT INTO voucher_invoice (id, voucher_id, reference, received_on, amount_ht, amount_ttc,
  clock_start, delay_days, paid_on, actor)
SELECT v.id, v.id, v.invoice_reference, v.issue_date, v.delivered_ht, v.invoice_amount, v.issue_date,
  CASE WHEN m.legal_form IN ('SA_HLM', 'PUBLIC_COMPANY') THEN 60
       WHEN m.legal_form = 'PUBLIC_HOSPITAL' THEN 50 ELSE 30 END,
  v.paid_on, 'reprise V13'
FROM voucher v JOIN member m ON m.id = v.member_id
WHERE v.status IN ('INVOICED', 'PAID') AND v.invoice_reference IS NOT NULL;
UPDATE voucher SET invoiced_ht = delivered_ht, invoiced_ttc = invoice_amount
WHERE status IN ('INVOICED', 'PAID') AND invoice_reference IS NOT NULL;
UPDATE voucher SET paid_ht = invoiced_ht, paid_ttc = invoiced_ttc WHERE status = 'PAID';
ALTER TABLE voucher DROP COLUMN invoice_reference;
ALTER TABLE voucher DROP COLUMN invoice_amount;
ALTER TABLE voucher DROP COLUMN paid_on;

-- What each member has set for its own finance: its payment delay where it differs from its legal
-- form's, a tolerance on invoices beyond the service done (none by default), and whether a
-- voucher beyond its budget line's credit is warned or refused.
CREATE TABLE member_finance (
  member_id BIGINT PRIMARY KEY REFERENCES member (id),
  payment_delay_days INT,
  invoice_tolerance NUMERIC(15, 2) DEFAULT 0 NOT NULL,
  budget_check VARCHAR(10) DEFAULT 'WARN' NOT NULL,
  version BIGINT DEFAULT 0 NOT NULL
);

-- ECB main refinancing rates an administrator added beyond the shipped table
-- (src/main/resources/ledger/ecb-main-refinancing-rates.csv).
CREATE TABLE ecb_rate (
  effective_from DATE PRIMARY KEY,
  rate NUMERIC(7, 3) NOT NULL,
  source VARCHAR(300) NOT NULL,
  recorded_by VARCHAR(200) NOT NULL,
  recorded_at TIMESTAMP NOT NULL
);

-- The lot's and the member's running totals of the later steps, beside what is committed.
ALTER TABLE lot_period ADD COLUMN done_ht NUMERIC(15, 2) DEFAULT 0 NOT NULL;
ALTER TABLE lot_period ADD COLUMN invoiced_ht NUMERIC(15, 2) DEFAULT 0 NOT NULL;
ALTER TABLE lot_period ADD COLUMN invoiced_ttc NUMERIC(15, 2) DEFAULT 0 NOT NULL;
ALTER TABLE lot_period ADD COLUMN paid_ht NUMERIC(15, 2) DEFAULT 0 NOT NULL;
ALTER TABLE lot_period ADD COLUMN paid_ttc NUMERIC(15, 2) DEFAULT 0 NOT NULL;
ALTER TABLE member_period ADD COLUMN done_ht NUMERIC(15, 2) DEFAULT 0 NOT NULL;
ALTER TABLE member_period ADD COLUMN invoiced_ht NUMERIC(15, 2) DEFAULT 0 NOT NULL;
ALTER TABLE member_period ADD COLUMN invoiced_ttc NUMERIC(15, 2) DEFAULT 0 NOT NULL;
ALTER TABLE member_period ADD COLUMN paid_ht NUMERIC(15, 2) DEFAULT 0 NOT NULL;
ALTER TABLE member_period ADD COLUMN paid_ttc NUMERIC(15, 2) DEFAULT 0 NOT NULL;
UPDATE lot_period SET
  done_ht = (SELECT COALESCE(SUM(v.delivered_ht), 0) FROM voucher v
    WHERE v.lot_id = lot_period.lot_id AND v.period_index = lot_period.period_index
    AND v.status NOT IN ('DRAFT', 'CANCELLED')),
  invoiced_ht = (SELECT COALESCE(SUM(v.invoiced_ht), 0) FROM voucher v
    WHERE v.lot_id = lot_period.lot_id AND v.period_index = lot_period.period_index),
  invoiced_ttc = (SELECT COALESCE(SUM(v.invoiced_ttc), 0) FROM voucher v
    WHERE v.lot_id = lot_period.lot_id AND v.period_index = lot_period.period_index),
  paid_ht = (SELECT COALESCE(SUM(v.paid_ht), 0) FROM voucher v
    WHERE v.lot_id = lot_period.lot_id AND v.period_index = lot_period.period_index),
  paid_ttc = (SELECT COALESCE(SUM(v.paid_ttc), 0) FROM voucher v
    WHERE v.lot_id = lot_period.lot_id AND v.period_index = lot_period.period_index);
UPDATE member_period SET
  done_ht = (SELECT COALESCE(SUM(v.delivered_ht), 0) FROM voucher v
    WHERE v.member_id = member_period.member_id AND v.agreement_id = member_period.agreement_id
    AND v.period_index = member_period.period_index AND v.status NOT IN ('DRAFT', 'CANCELLED')),
  invoiced_ht = (SELECT COALESCE(SUM(v.invoiced_ht), 0) FROM voucher v
    WHERE v.member_id = member_period.member_id AND v.agreement_id = member_period.agreement_id
    AND v.period_index = member_period.period_index),
  invoiced_ttc = (SELECT COALESCE(SUM(v.invoiced_ttc), 0) FROM voucher v
    WHERE v.member_id = member_period.member_id AND v.agreement_id = member_period.agreement_id
    AND v.period_index = member_period.period_index),
  paid_ht = (SELECT COALESCE(SUM(v.paid_ht), 0) FROM voucher v
    WHERE v.member_id = member_period.member_id AND v.agreement_id = member_period.agreement_id
    AND v.period_index = member_period.period_index),
  paid_ttc = (SELECT COALESCE(SUM(v.paid_ttc), 0) FROM voucher v
    WHERE v.member_id = member_period.member_id AND v.agreement_id = member_period.agreement_id
    AND v.period_index = member_period.period_index);

-- The same figures per site and per holder, each keyed by lot and period: they only ever move
-- under the lot period's row lock that issuing takes first, so they add no contention of their
-- own. Agreement-wide figures are sums of rows, never a row of their own.
CREATE TABLE ledger_row (
  dimension VARCHAR(10) NOT NULL,
  subject_id BIGINT NOT NULL,
  lot_id BIGINT NOT NULL REFERENCES lot (id),
  period_index INT NOT NULL,
  agreement_id BIGINT NOT NULL REFERENCES agreement (id),
  committed_ht NUMERIC(15, 2) DEFAULT 0 NOT NULL,
  done_ht NUMERIC(15, 2) DEFAULT 0 NOT NULL,
  invoiced_ht NUMERIC(15, 2) DEFAULT 0 NOT NULL,
  invoiced_ttc NUMERIC(15, 2) DEFAULT 0 NOT NULL,
  paid_ht NUMERIC(15, 2) DEFAULT 0 NOT NULL,
  paid_ttc NUMERIC(15, 2) DEFAULT 0 NOT NULL,
  PRIMARY KEY (lot_id, period_index, dimension, subject_id)
);
CREATE INDEX ledger_row_agreement_idx ON ledger_row (agreement_id, dimension);
INSERT INTO ledger_row (dimension, subject_id, lot_id, period_index, agreement_id, committed_ht,
  done_ht, invoiced_ht, invoiced_ttc, paid_ht, paid_ttc)
SELECT 'SITE', site_id, lot_id, period_index, agreement_id, SUM(total_ht - released_ht),
  SUM(delivered_ht), SUM(invoiced_ht), SUM(invoiced_ttc), SUM(paid_ht), SUM(paid_ttc)
FROM voucher WHERE status NOT IN ('DRAFT', 'CANCELLED')
GROUP BY site_id, lot_id, period_index, agreement_id;
INSERT INTO ledger_row (dimension, subject_id, lot_id, period_index, agreement_id, committed_ht,
  done_ht, invoiced_ht, invoiced_ttc, paid_ht, paid_ttc)
SELECT 'HOLDER', operator_id, lot_id, period_index, agreement_id, SUM(total_ht - released_ht),
  SUM(delivered_ht), SUM(invoiced_ht), SUM(invoiced_ttc), SUM(paid_ht), SUM(paid_ttc)
FROM voucher WHERE status NOT IN ('DRAFT', 'CANCELLED')
GROUP BY operator_id, lot_id, period_index, agreement_id;

-- Each member's figures per budget year and budget line of the voucher (its commitment), with the
-- credit of its envelope where the member recorded one (none: the line is not checked). Moved
-- under the member period's lock, after it, like the member's own running total.
CREATE TABLE budget_line_total (
  member_id BIGINT NOT NULL REFERENCES member (id),
  agreement_id BIGINT NOT NULL REFERENCES agreement (id),
  budget_year INT NOT NULL,
  budget_line VARCHAR(60) NOT NULL,
  credit NUMERIC(15, 2),
  committed_ht NUMERIC(15, 2) DEFAULT 0 NOT NULL,
  done_ht NUMERIC(15, 2) DEFAULT 0 NOT NULL,
  invoiced_ht NUMERIC(15, 2) DEFAULT 0 NOT NULL,
  invoiced_ttc NUMERIC(15, 2) DEFAULT 0 NOT NULL,
  paid_ht NUMERIC(15, 2) DEFAULT 0 NOT NULL,
  paid_ttc NUMERIC(15, 2) DEFAULT 0 NOT NULL,
  PRIMARY KEY (member_id, agreement_id, budget_year, budget_line)
);
INSERT INTO budget_line_total (member_id, agreement_id, budget_year, budget_line, committed_ht,
  done_ht, invoiced_ht, invoiced_ttc, paid_ht, paid_ttc)
SELECT member_id, agreement_id, budget_year, budget_line, SUM(total_ht - released_ht),
  SUM(delivered_ht), SUM(invoiced_ht), SUM(invoiced_ttc), SUM(paid_ht), SUM(paid_ttc)
FROM voucher
WHERE status NOT IN ('DRAFT', 'CANCELLED') AND budget_year IS NOT NULL AND budget_line IS NOT NULL
GROUP BY member_id, agreement_id, budget_year, budget_line;
