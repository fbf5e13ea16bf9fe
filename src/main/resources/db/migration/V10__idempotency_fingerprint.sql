-- The request that came with an Idempotency-Key, as a SHA-256 fingerprint: the same key with
-- another request is refused (422) instead of answered with the first request's voucher.
ALTER TABLE voucher ADD COLUMN idempotency_fingerprint VARCHAR(64);
