-- Running total of each member's non-cancelled vouchers per agreement period: the member's share
-- under the constitutive agreement is checked on it with one conditional update, like lot_period,
-- and consumption dashboards read it instead of summing vouchers.
CREATE TABLE member_period (
  member_id BIGINT NOT NULL REFERENCES member (id),
  agreement_id BIGINT NOT NULL REFERENCES agreement (id),
  period_index INT NOT NULL,
  consumed NUMERIC(15, 2) NOT NULL DEFAULT 0,
  PRIMARY KEY (member_id, agreement_id, period_index),
  CONSTRAINT member_period_not_negative CHECK (consumed >= 0)
);

-- Vouchers issued before this table existed count towards their member's share.
INSERT INTO member_period (member_id, agreement_id, period_index, consumed)
SELECT member_id, agreement_id, period_index, SUM(total_ht)
FROM voucher
WHERE period_index IS NOT NULL AND status NOT IN ('DRAFT', 'CANCELLED')
GROUP BY member_id, agreement_id, period_index;

-- One-row inserts answered by the probe endpoint: the baseline the issue benchmark is compared to.
CREATE TABLE probe (
  id BIGINT PRIMARY KEY,
  written_at TIMESTAMP NOT NULL
);
