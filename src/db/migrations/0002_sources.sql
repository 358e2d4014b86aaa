-- Imported sources: the raw pages of every download (immutable, addressed by content) and the CBS tables they hold.

-- The raw response bodies of a snapshot, in the order they were received (for CBS: metadata first, then data).
-- source_snapshot.content_hash is sha256 over the concatenated sha256 of these bodies, in seq order.
CREATE TABLE snapshot_page (
  snapshot_id text NOT NULL REFERENCES source_snapshot(id),
  seq integer NOT NULL,
  url text NOT NULL,
  sha256 text NOT NULL,
  body text NOT NULL,
  PRIMARY KEY (snapshot_id, seq)
);

-- One CBS download: which table, which API, what the table said about itself.
CREATE TABLE cbs_snapshot (
  snapshot_id text PRIMARY KEY REFERENCES source_snapshot(id),
  -- lower-case table id (CBS ids are case-insensitive: 03759ned = 03759NED)
  table_key text NOT NULL,
  table_id text NOT NULL,
  api text NOT NULL,
  title text NOT NULL,
  modified text,
  period text,
  pages integer NOT NULL,
  observations integer NOT NULL
);
CREATE INDEX cbs_snapshot_table_idx ON cbs_snapshot(table_key);

-- The table's structure as that snapshot gave it: measures, dimensions and their code lists.
CREATE TABLE cbs_measure (
  snapshot_id text NOT NULL REFERENCES cbs_snapshot(snapshot_id),
  position integer NOT NULL,
  key text NOT NULL,
  title text NOT NULL,
  unit text NOT NULL,
  decimals integer,
  PRIMARY KEY (snapshot_id, key)
);

CREATE TABLE cbs_dimension (
  snapshot_id text NOT NULL REFERENCES cbs_snapshot(snapshot_id),
  position integer NOT NULL,
  key text NOT NULL,
  title text NOT NULL,
  -- region | period | other
  kind text NOT NULL,
  PRIMARY KEY (snapshot_id, key)
);

CREATE TABLE cbs_code (
  snapshot_id text NOT NULL REFERENCES cbs_snapshot(snapshot_id),
  dimension text NOT NULL,
  position integer NOT NULL,
  key text NOT NULL,
  title text NOT NULL,
  -- our normalised period code, for codes of the period dimension that parseCbsPeriod understands
  period text,
  PRIMARY KEY (snapshot_id, dimension, key)
);

-- The imported tables and their current snapshot; the mapping applied to it, if any.
CREATE TABLE cbs_table (
  table_key text PRIMARY KEY,
  table_id text NOT NULL,
  snapshot_id text NOT NULL REFERENCES cbs_snapshot(snapshot_id),
  imported_at timestamptz NOT NULL,
  mapping_file text,
  mapping_hash text
);

-- Every cell of the current snapshot of each table, in long format. `dims` holds every dimension code (trimmed);
-- region and period repeat the codes of the table's region and period dimensions for filtering. A missing or secret
-- value is null with its flag (see src/sources/cbs/symbols.ts), never 0. No foreign key on snapshot_id: a table
-- has hundreds of thousands of cells and a key check per row would double the import's time; the import writes the
-- cells in the same transaction as their cbs_snapshot row, and deletes them when the snapshot stops being current.
CREATE TABLE cbs_observation (
  snapshot_id text NOT NULL,
  measure text NOT NULL,
  dims jsonb NOT NULL,
  region text,
  -- our normalised period code, or null when the CBS code is not one we support
  period text,
  period_cbs text,
  value double precision,
  flag text
);
CREATE INDEX cbs_observation_idx ON cbs_observation(snapshot_id, measure, period_cbs, region);
