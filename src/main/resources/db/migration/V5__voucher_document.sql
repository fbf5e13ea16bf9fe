-- What each voucher states, frozen at issue (canonical JSON) with its SHA-256 digest: the PDF is
-- rendered from it, so that a document never changes when a name or an address does later.
CREATE TABLE voucher_document (
  voucher_id BIGINT PRIMARY KEY REFERENCES voucher (id),
  content VARCHAR(1000000) NOT NULL,
  digest VARCHAR(64) NOT NULL
);
