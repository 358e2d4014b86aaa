-- The kennisbank: items (principles, phases, frameworks, tools, practice examples, lessons, brilliant failures,
-- financing and participation forms) with their source, tags, editorial status and every version; the redacteuren
-- whom the platform administrator appointed. Dutch full-text search over a generated tsvector (title A, summary B,
-- tag labels C, compound parts and source D).

CREATE TABLE kennisbank_item (
  id text PRIMARY KEY,
  kind text NOT NULL,
  status text NOT NULL,
  title text NOT NULL,
  summary text NOT NULL,
  -- { document, section, page, url? }: an item without a source is refused
  source jsonb NOT NULL,
  owner text,
  format text,
  phases integer[] NOT NULL DEFAULT '{}',
  principles text[] NOT NULL DEFAULT '{}',
  quintuple_aims text[] NOT NULL DEFAULT '{}',
  themes text[] NOT NULL DEFAULT '{}',
  knowledge_themes text[] NOT NULL DEFAULT '{}',
  care_shift_forms text[] NOT NULL DEFAULT '{}',
  building_blocks text[] NOT NULL DEFAULT '{}',
  perspectives text[] NOT NULL DEFAULT '{}',
  indicators text[] NOT NULL DEFAULT '{}',
  -- seed (catalog/kennisbank) | editor | proposal (a lesson proposed from a learning cycle)
  origin text NOT NULL,
  -- the tag labels and compound-word parts, written by the application (src/kennisbank/searchText.ts)
  tag_text text NOT NULL DEFAULT '',
  compound_text text NOT NULL DEFAULT '',
  search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('dutch'::regconfig, title), 'A') ||
    setweight(to_tsvector('dutch'::regconfig, summary), 'B') ||
    setweight(to_tsvector('dutch'::regconfig, tag_text), 'C') ||
    setweight(to_tsvector('dutch'::regconfig, compound_text), 'D')
  ) STORED,
  version integer NOT NULL DEFAULT 1,
  -- who made the last change of title, summary, source or tags (a publisher must be someone else)
  last_editor text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX kennisbank_item_search_idx ON kennisbank_item USING gin (search);
CREATE INDEX kennisbank_item_status_idx ON kennisbank_item (status, kind);
-- One title per item among those not retired (case and surrounding spaces do not count).
CREATE UNIQUE INDEX kennisbank_item_title_idx ON kennisbank_item (lower(trim(title))) WHERE status <> 'retired';

CREATE TABLE kennisbank_item_version (
  item_id text NOT NULL REFERENCES kennisbank_item(id) ON DELETE CASCADE,
  version integer NOT NULL,
  status text NOT NULL,
  -- the whole item as it was after this change
  snapshot jsonb NOT NULL,
  note text NOT NULL DEFAULT '',
  changed_by text,
  changed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (item_id, version)
);

CREATE TABLE kennisbank_editor (
  account_id text PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE,
  granted_by text,
  granted_at timestamptz NOT NULL DEFAULT now()
);
