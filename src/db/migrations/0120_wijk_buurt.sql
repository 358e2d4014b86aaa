-- Wijken and buurten (issue 12): a region inside one gemeente names its parent (wijk → gemeente, buurt → wijk).
ALTER TABLE region ADD COLUMN parent_code text;
CREATE INDEX region_parent_idx ON region(parent_code);

-- A comparison with Nederland that the source published itself (e.g. RIVM 'boven, 99% zeker'), kept verbatim.
ALTER TABLE observation ADD COLUMN published_significance text;

-- Observations of wijken and buurten (~170,000 rows): the same columns as observation, kept apart so that the
-- in-memory engine (gemeenten and the regions made of them) stays small and the bundle loads fast; the engine
-- reads one gemeente's areas when a page asks for them. No foreign keys: the bundle loader checks indicator and
-- snapshot before writing, and clears the table with the rest of the bundle.
CREATE TABLE area_observation (
  indicator_id text NOT NULL,
  region_code text NOT NULL,
  gemeente_code text NOT NULL,
  period text NOT NULL,
  period_type text NOT NULL,
  period_start date NOT NULL,
  period_end date NOT NULL,
  breakdown text NOT NULL DEFAULT 'totaal',
  value double precision,
  count double precision,
  denominator double precision,
  lower double precision,
  upper double precision,
  flags text[] NOT NULL DEFAULT '{}',
  note text,
  snapshot_id text NOT NULL,
  transformation text NOT NULL,
  published_significance text
);
CREATE INDEX area_observation_gemeente_idx ON area_observation(gemeente_code);

CREATE TRIGGER area_observation_changes_data_version AFTER INSERT OR UPDATE OR DELETE ON area_observation
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
