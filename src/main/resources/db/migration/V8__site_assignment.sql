-- A residence served under successive framework agreements stays one site: which lot of which
-- agreement serves it, with which holder when the lot allocates per site, and over which days,
-- moves from the site to a record per lot. served_to is empty while the lot serves the site until
-- its agreement ends, so that an amendment extending the agreement extends it too.
CREATE TABLE site_assignment (
  id BIGINT PRIMARY KEY,
  site_id BIGINT NOT NULL REFERENCES site (id),
  lot_id BIGINT NOT NULL REFERENCES lot (id),
  holder_id BIGINT REFERENCES operator (id),
  served_from DATE NOT NULL,
  served_to DATE,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT site_assignment_unique UNIQUE (site_id, lot_id),
  CONSTRAINT site_assignment_dates CHECK (served_to IS NULL OR served_to >= served_from)
);
CREATE INDEX site_assignment_lot_idx ON site_assignment (lot_id);
CREATE INDEX site_assignment_holder_idx ON site_assignment (holder_id);

-- Each site keeps its lot and holder, from its agreement's start. The site's own id serves as the
-- assignment's: ids come from one sequence for every table, so no id the sequence hands out later
-- can be one of them.
INSERT INTO site_assignment (id, site_id, lot_id, holder_id, served_from, served_to, version)
SELECT s.id, s.id, s.lot_id, s.holder_id, a.start_date, NULL, 0
FROM site s
JOIN lot l ON l.id = s.lot_id
JOIN agreement a ON a.id = l.agreement_id;

DROP INDEX site_lot_idx;
ALTER TABLE site DROP COLUMN holder_id;
ALTER TABLE site DROP COLUMN lot_id;
