-- Scheme imports: one row per run, kept after the batch runtime forgets its executions. The
-- number of items written is committed with each chunk of writes, so that a run killed midway
-- resumes exactly where its last committed chunk ended.
CREATE TABLE import_run (
  id BIGINT PRIMARY KEY,
  execution_id BIGINT,
  status VARCHAR(20) NOT NULL,
  source VARCHAR(500) NOT NULL,
  folder VARCHAR(1000) NOT NULL,
  started_by VARCHAR(200) NOT NULL,
  started_at TIMESTAMP NOT NULL,
  ended_at TIMESTAMP,
  total_items INT NOT NULL DEFAULT 0,
  written_items INT NOT NULL DEFAULT 0,
  attempts INT NOT NULL DEFAULT 1,
  counts VARCHAR(4000),
  problems VARCHAR(1000000),
  failure VARCHAR(2000),
  version BIGINT NOT NULL DEFAULT 0
);
