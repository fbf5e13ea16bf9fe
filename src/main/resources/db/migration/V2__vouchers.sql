-- Purchase-order vouchers (bons de commande), their frozen lines, their append-only history,
-- and the gapless number counter per consortium and year.
CREATE TABLE voucher_counter (
  consortium_id BIGINT NOT NULL REFERENCES consortium (id),
  counter_year INT NOT NULL,
  last_number INT NOT NULL,
  PRIMARY KEY (consortium_id, counter_year)
);

CREATE TABLE voucher (
  id BIGINT PRIMARY KEY,
  number VARCHAR(20),
  consortium_id BIGINT NOT NULL REFERENCES consortium (id),
  agreement_id BIGINT NOT NULL REFERENCES agreement (id),
  lot_id BIGINT NOT NULL REFERENCES lot (id),
  period_index INT,
  member_id BIGINT NOT NULL REFERENCES member (id),
  operator_id BIGINT NOT NULL REFERENCES operator (id),
  site_id BIGINT NOT NULL REFERENCES site (id),
  status VARCHAR(20) NOT NULL,
  object VARCHAR(1000) NOT NULL,
  execution_start DATE NOT NULL,
  execution_end DATE NOT NULL,
  commitment_number VARCHAR(60),
  budget_year INT,
  budget_line VARCHAR(60),
  chorus_service_code VARCHAR(100),
  signatory_name VARCHAR(200),
  signatory_role VARCHAR(200),
  allocation VARCHAR(300),
  vat_exempt BOOLEAN NOT NULL,
  total_ht NUMERIC(15, 2) NOT NULL,
  total_vat NUMERIC(15, 2) NOT NULL,
  total_ttc NUMERIC(15, 2) NOT NULL,
  issue_date DATE,
  idempotency_key VARCHAR(100),
  delivered_ht NUMERIC(15, 2),
  invoice_reference VARCHAR(100),
  invoice_amount NUMERIC(15, 2),
  paid_on DATE,
  cancel_reason VARCHAR(1000),
  cancelled_on DATE,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT voucher_number_unique UNIQUE (consortium_id, number),
  CONSTRAINT voucher_idempotency_unique UNIQUE (idempotency_key)
);
CREATE INDEX voucher_lot_period_idx ON voucher (lot_id, period_index, status, total_ht);
CREATE INDEX voucher_member_idx ON voucher (member_id);
CREATE INDEX voucher_site_idx ON voucher (site_id);
CREATE INDEX voucher_operator_idx ON voucher (operator_id);

CREATE TABLE voucher_line (
  voucher_id BIGINT NOT NULL REFERENCES voucher (id),
  position INT NOT NULL,
  price_code VARCHAR(30) NOT NULL,
  label VARCHAR(300) NOT NULL,
  unit VARCHAR(50) NOT NULL,
  quantity NUMERIC(12, 3) NOT NULL,
  unit_price NUMERIC(15, 2) NOT NULL,
  vat_rate NUMERIC(5, 2) NOT NULL,
  line_ht NUMERIC(15, 2) NOT NULL,
  line_vat NUMERIC(15, 2) NOT NULL,
  delivered_quantity NUMERIC(12, 3),
  PRIMARY KEY (voucher_id, position)
);

CREATE TABLE voucher_event (
  id BIGINT PRIMARY KEY,
  voucher_id BIGINT NOT NULL REFERENCES voucher (id),
  from_status VARCHAR(20),
  to_status VARCHAR(20) NOT NULL,
  occurred_at TIMESTAMP NOT NULL,
  actor VARCHAR(200) NOT NULL,
  reason VARCHAR(1000)
);
CREATE INDEX voucher_event_voucher_idx ON voucher_event (voucher_id);
