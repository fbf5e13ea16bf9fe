-- Directory and framework agreement. Written for H2 2.x and PostgreSQL alike:
-- sequences rather than identity columns, NUMERIC with explicit scale for money.
-- EclipseLink takes each value as the last id of a block of 50, hence the start at 50.
CREATE SEQUENCE cadre_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE consortium (
  id BIGINT PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  agreement_ref VARCHAR(100),
  agreement_date DATE,
  coordinator_id BIGINT,
  version BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE member (
  id BIGINT PRIMARY KEY,
  consortium_id BIGINT NOT NULL REFERENCES consortium (id),
  name VARCHAR(200) NOT NULL,
  siret VARCHAR(14) NOT NULL,
  address VARCHAR(400),
  buyer_type VARCHAR(30) NOT NULL,
  legal_form VARCHAR(30) NOT NULL,
  accounting_regime VARCHAR(20) NOT NULL,
  chorus_service_code VARCHAR(100),
  may_order BOOLEAN NOT NULL,
  joined_after_procedure BOOLEAN NOT NULL,
  share_amount NUMERIC(15, 2),
  share_percent NUMERIC(7, 4),
  active BOOLEAN NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT member_siret_unique UNIQUE (consortium_id, siret)
);

ALTER TABLE consortium ADD CONSTRAINT consortium_coordinator_fk
  FOREIGN KEY (coordinator_id) REFERENCES member (id);

CREATE TABLE operator (
  id BIGINT PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  siret VARCHAR(14) NOT NULL,
  address VARCHAR(400),
  vat_exempt BOOLEAN NOT NULL,
  contact_name VARCHAR(200),
  contact_email VARCHAR(200),
  active BOOLEAN NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT operator_siret_unique UNIQUE (siret)
);

CREATE TABLE agreement (
  id BIGINT PRIMARY KEY,
  consortium_id BIGINT NOT NULL REFERENCES consortium (id),
  reference VARCHAR(100) NOT NULL,
  object VARCHAR(1000) NOT NULL,
  cpv_code VARCHAR(20),
  buyer_type VARCHAR(30) NOT NULL,
  procedure_launch_date DATE NOT NULL,
  notification_date DATE,
  start_date DATE NOT NULL,
  initial_months INT NOT NULL,
  renewal_count INT NOT NULL,
  renewal_months INT NOT NULL,
  renewal_tacit BOOLEAN NOT NULL,
  duration_justification VARCHAR(2000),
  terminated_on DATE,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT agreement_reference_unique UNIQUE (reference)
);

CREATE TABLE lot (
  id BIGINT PRIMARY KEY,
  agreement_id BIGINT NOT NULL REFERENCES agreement (id),
  number INT NOT NULL,
  label VARCHAR(300) NOT NULL,
  allocation_rule VARCHAR(20) NOT NULL,
  active BOOLEAN NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT lot_number_unique UNIQUE (agreement_id, number)
);

CREATE TABLE lot_holder (
  lot_id BIGINT NOT NULL REFERENCES lot (id),
  operator_id BIGINT NOT NULL REFERENCES operator (id),
  holder_rank INT NOT NULL,
  PRIMARY KEY (lot_id, operator_id)
);

-- Limits per lot and period, with the running total of non-cancelled vouchers
-- that issuing updates atomically (the row that concurrent issues queue on).
CREATE TABLE lot_period (
  id BIGINT PRIMARY KEY,
  lot_id BIGINT NOT NULL REFERENCES lot (id),
  period_index INT NOT NULL,
  minimum NUMERIC(15, 2),
  maximum NUMERIC(15, 2),
  consumed NUMERIC(15, 2) NOT NULL DEFAULT 0,
  CONSTRAINT lot_period_unique UNIQUE (lot_id, period_index),
  CONSTRAINT lot_period_min_max CHECK (minimum IS NULL OR maximum IS NULL OR minimum <= maximum),
  CONSTRAINT lot_period_within_max CHECK (maximum IS NULL OR consumed <= maximum)
);

CREATE TABLE price_line (
  id BIGINT PRIMARY KEY,
  lot_id BIGINT NOT NULL REFERENCES lot (id),
  code VARCHAR(30) NOT NULL,
  label VARCHAR(300) NOT NULL,
  unit VARCHAR(50) NOT NULL,
  unit_price NUMERIC(15, 2) NOT NULL,
  vat_rate NUMERIC(5, 2) NOT NULL,
  active BOOLEAN NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT price_line_code_unique UNIQUE (lot_id, code),
  CONSTRAINT price_line_positive CHECK (unit_price >= 0)
);

CREATE TABLE site (
  id BIGINT PRIMARY KEY,
  code VARCHAR(30) NOT NULL,
  name VARCHAR(200) NOT NULL,
  address VARCHAR(400),
  district VARCHAR(100),
  member_id BIGINT NOT NULL REFERENCES member (id),
  lot_id BIGINT NOT NULL REFERENCES lot (id),
  holder_id BIGINT REFERENCES operator (id),
  dwellings INT NOT NULL,
  active_from DATE,
  active_to DATE,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT site_code_unique UNIQUE (code)
);
CREATE INDEX site_lot_idx ON site (lot_id);
CREATE INDEX site_member_idx ON site (member_id);
