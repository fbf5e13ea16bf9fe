-- Several Cadre instances may share one database. Work that must happen once (the first start's
-- sample import, freezing old vouchers' documents) is claimed through a row of work_lease: an
-- instance locks it, or holds it until held_until and renews it while it works; another takes it
-- over only once that time has passed. The rows exist from here on, so a claim is always an
-- update of a known row, never an insert that two instances could race.
CREATE TABLE work_lease (
  name VARCHAR(100) PRIMARY KEY,
  holder VARCHAR(36),
  held_until TIMESTAMP
);
INSERT INTO work_lease (name) VALUES ('first-start-import');
INSERT INTO work_lease (name) VALUES ('old-voucher-documents');

-- The instance running an import, and until when its lease holds: it renews the lease while the
-- run goes on; a run whose lease has run out was left by a stopped instance and is taken over
-- (marked interrupted) by another. Runs from before this version have none: run out.
ALTER TABLE import_run ADD COLUMN lease_holder VARCHAR(36);
ALTER TABLE import_run ADD COLUMN lease_until TIMESTAMP;
