-- One row whose version moves with every change to the reference data (entities marked
-- @ReferenceData: sites, lots and their holders, price lines, members, operators...), in the
-- changing transaction. A batch of issues reads it first and keeps what earlier batches read only
-- while it has not moved, so that a change made on any instance is seen by the next batch of every
-- instance. Same statements on H2 and PostgreSQL.
CREATE TABLE reference_version (
  id INTEGER PRIMARY KEY,
  version BIGINT NOT NULL
);
INSERT INTO reference_version (id, version) VALUES (1, 0);
