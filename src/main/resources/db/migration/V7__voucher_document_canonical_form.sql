-- Which canonical form each frozen document's digest was computed on. Documents frozen so far keep
-- theirs, Cadre's own field order; documents frozen from now on are written in RFC 8785 (JSON
-- Canonicalization Scheme), which anyone can recompute. The default only serves existing rows.
ALTER TABLE voucher_document ADD COLUMN canonical_form VARCHAR(20) DEFAULT 'cadre-field-order' NOT NULL;
ALTER TABLE voucher_document ALTER COLUMN canonical_form DROP DEFAULT;

-- Vouchers issued before documents were frozen (schema V5) and never downloaded since have no
-- document. They are listed here and frozen once at start-up, so that reading a document never
-- writes one.
CREATE TABLE voucher_document_to_freeze (
  voucher_id BIGINT PRIMARY KEY REFERENCES voucher (id)
);
INSERT INTO voucher_document_to_freeze (voucher_id)
SELECT v.id FROM voucher v
WHERE v.status <> 'DRAFT'
  AND NOT EXISTS (SELECT 1 FROM voucher_document d WHERE d.voucher_id = v.id);
