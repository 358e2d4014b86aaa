-- Geography, indicator registry, observations and their provenance.

CREATE TABLE region_type (
  code text PRIMARY KEY,
  name_nl text NOT NULL,
  name_en text NOT NULL,
  code_prefix text NOT NULL,
  sort_order integer NOT NULL,
  -- the boundary layer for maps, when the bundle has one
  has_boundaries boolean NOT NULL DEFAULT false
);

CREATE TABLE region (
  code text PRIMARY KEY,
  type text NOT NULL REFERENCES region_type(code),
  name text NOT NULL,
  valid_from integer NOT NULL,
  valid_to integer,
  snapshot_id text
);
CREATE INDEX region_type_idx ON region(type);
CREATE INDEX region_name_search_idx ON region USING gin (to_tsvector('dutch', name));

-- Which gemeente belongs to which region in which year (many-to-many, versioned by year).
CREATE TABLE region_membership (
  gemeente_code text NOT NULL REFERENCES region(code),
  region_code text NOT NULL REFERENCES region(code),
  year integer NOT NULL,
  snapshot_id text,
  PRIMARY KEY (gemeente_code, region_code, year)
);
CREATE INDEX region_membership_region_idx ON region_membership(region_code, year);

-- A named set of gemeenten composed by a user.
CREATE TABLE user_region (
  id text PRIMARY KEY,
  name text NOT NULL,
  gemeenten text[] NOT NULL,
  year integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE boundary (
  region_type text NOT NULL REFERENCES region_type(code),
  year integer NOT NULL,
  topojson text NOT NULL,
  snapshot_id text,
  PRIMARY KEY (region_type, year)
);

-- Every file or download data came from: immutable, addressed by the hash of its content.
CREATE TABLE source_snapshot (
  id text PRIMARY KEY,
  source text NOT NULL,
  table_id text NOT NULL,
  api text NOT NULL,
  title text NOT NULL,
  licence text NOT NULL,
  attribution text NOT NULL,
  retrieved_at timestamptz NOT NULL,
  content_hash text NOT NULL,
  bytes bigint NOT NULL,
  location text NOT NULL
);

CREATE TABLE category (
  id text PRIMARY KEY,
  sort_order integer NOT NULL,
  meta jsonb NOT NULL
);

CREATE TABLE theme (
  id text PRIMARY KEY,
  category text NOT NULL REFERENCES category(id),
  sort_order integer NOT NULL,
  usable_indicator boolean NOT NULL,
  meta jsonb NOT NULL
);

CREATE TABLE indicator (
  id text PRIMARY KEY,
  version integer NOT NULL,
  category text NOT NULL REFERENCES category(id),
  theme text REFERENCES theme(id),
  meta jsonb NOT NULL
);

-- Long format: indicator × region × period × breakdown → value with its count, denominator, limits and flags.
CREATE TABLE observation (
  id bigserial PRIMARY KEY,
  indicator_id text NOT NULL REFERENCES indicator(id),
  region_code text NOT NULL,
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
  snapshot_id text NOT NULL REFERENCES source_snapshot(id),
  -- the transformation that produced the value from the snapshot (traceability)
  transformation text NOT NULL,
  UNIQUE (indicator_id, region_code, period, breakdown)
);
CREATE INDEX observation_region_idx ON observation(region_code, indicator_id);

-- Which version of the shipped bundle is in the database (loading is idempotent).
CREATE TABLE bundle_load (
  bundle_hash text PRIMARY KEY,
  loaded_at timestamptz NOT NULL DEFAULT now(),
  observations integer NOT NULL
);
