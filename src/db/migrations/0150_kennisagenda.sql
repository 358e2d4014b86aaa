-- Knelpunten en kennisagenda: roles, taxonomy versions, corpora and items with row provenance and relevance
-- screening, two independent codings per item, final labels, the senior's sample, the synthesis (rode draden,
-- quotes, knowledge questions linked to recommendations) and trained suggestion models.

CREATE TABLE kennisagenda_role (
  account_id text NOT NULL REFERENCES account(id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('beheerder', 'codeur', 'senior')),
  granted_by text REFERENCES account(id) ON DELETE SET NULL,
  granted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (account_id, role)
);

-- Every version of the taxonomy document; the highest is current. Version 1 is catalog/kennisagenda/taxonomy.json.
CREATE TABLE kennisagenda_taxonomy (
  version integer PRIMARY KEY,
  document jsonb NOT NULL,
  author_id text REFERENCES account(id) ON DELETE SET NULL,
  note text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE kennisagenda_corpus (
  id text PRIMARY KEY,
  name text NOT NULL UNIQUE,
  description text NOT NULL DEFAULT '',
  -- true: items enter the denominator only when screened relevant (as the 616 reactions)
  screening boolean NOT NULL,
  created_by text REFERENCES account(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE kennisagenda_item (
  id text PRIMARY KEY,
  corpus_id text NOT NULL REFERENCES kennisagenda_corpus(id) ON DELETE CASCADE,
  seq integer NOT NULL,
  text text NOT NULL,
  text_key text NOT NULL,
  reference text,
  -- provenance: the file and its row, or null for an item added by hand
  source_file text,
  source_row integer,
  import_id text,
  relevant boolean,
  screened_by text REFERENCES account(id) ON DELETE SET NULL,
  added_by text REFERENCES account(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (corpus_id, text_key),
  UNIQUE (corpus_id, seq)
);

CREATE TABLE kennisagenda_coding (
  item_id text NOT NULL REFERENCES kennisagenda_item(id) ON DELETE CASCADE,
  coder_id text NOT NULL REFERENCES account(id),
  -- 1 or 2: the first and the second independent coding
  slot integer NOT NULL CHECK (slot IN (1, 2)),
  themes text[] NOT NULL,
  forms text[] NOT NULL,
  submitted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (item_id, coder_id),
  UNIQUE (item_id, slot)
);

CREATE TABLE kennisagenda_final (
  item_id text PRIMARY KEY REFERENCES kennisagenda_item(id) ON DELETE CASCADE,
  themes text[] NOT NULL,
  forms text[] NOT NULL,
  -- agreed: both codings the same; resolved: after discussion; import: codes given in the imported file
  source text NOT NULL CHECK (source IN ('agreed', 'resolved', 'import')),
  resolved_by text REFERENCES account(id) ON DELETE SET NULL,
  note text,
  version integer NOT NULL DEFAULT 1,
  resolved_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE kennisagenda_sample (
  id text PRIMARY KEY,
  corpus_id text NOT NULL REFERENCES kennisagenda_corpus(id) ON DELETE CASCADE,
  seed bigint NOT NULL,
  size integer NOT NULL,
  item_ids text[] NOT NULL,
  drawn_by text REFERENCES account(id) ON DELETE SET NULL,
  drawn_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE kennisagenda_review (
  sample_id text NOT NULL REFERENCES kennisagenda_sample(id) ON DELETE CASCADE,
  item_id text NOT NULL REFERENCES kennisagenda_item(id) ON DELETE CASCADE,
  reviewer_id text REFERENCES account(id) ON DELETE SET NULL,
  agrees boolean NOT NULL,
  note text,
  reviewed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (sample_id, item_id)
);

-- The synthesis per theme: rode draden (knelpunt or behoefte/oplossing) with the items behind them, quotes, and
-- knowledge questions and topics with their links to recommendations ('2', '2A', …).
CREATE TABLE kennisagenda_thread (
  id text PRIMARY KEY,
  theme text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('knelpunt', 'behoefte')),
  text text NOT NULL,
  position integer NOT NULL,
  source text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE kennisagenda_thread_item (
  thread_id text NOT NULL REFERENCES kennisagenda_thread(id) ON DELETE CASCADE,
  item_id text NOT NULL REFERENCES kennisagenda_item(id) ON DELETE CASCADE,
  PRIMARY KEY (thread_id, item_id)
);

CREATE TABLE kennisagenda_quote (
  id text PRIMARY KEY,
  theme text NOT NULL,
  text text NOT NULL,
  item_id text REFERENCES kennisagenda_item(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE kennisagenda_question (
  id text PRIMARY KEY,
  theme text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('vraag', 'onderwerp')),
  text text NOT NULL,
  recommendations text[] NOT NULL,
  position integer NOT NULL,
  source text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE kennisagenda_model (
  id text PRIMARY KEY,
  trained_on text NOT NULL,
  examples integer NOT NULL,
  model jsonb NOT NULL,
  evaluation jsonb NOT NULL,
  trained_by text REFERENCES account(id) ON DELETE SET NULL,
  trained_ms integer NOT NULL,
  trained_at timestamptz NOT NULL DEFAULT now()
);
