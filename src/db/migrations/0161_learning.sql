-- Lerende evaluatie: learning cycles of a workspace (and optionally one of its collaborations), their sessions with
-- participants counted per perspective and the decisions taken, and lessons recorded per perspective and building
-- block. Quotes are attributed by role only; no participant is stored by name.

CREATE TABLE learning_cycle (
  id text PRIMARY KEY,
  workspace_id text NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
  -- a collaboration of the register (when the cycle is about one); no foreign key, the register may be absent
  collaboration_id text,
  title text NOT NULL,
  question text NOT NULL,
  -- accountability | instrumental | network-building | transformative (seed 001 §2.4)
  role text NOT NULL,
  status text NOT NULL DEFAULT 'open',
  -- published cycles count in the national synthesis
  published boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1,
  created_by text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX learning_cycle_workspace_idx ON learning_cycle (workspace_id, created_at);

CREATE TABLE learning_session (
  id text PRIMARY KEY,
  cycle_id text NOT NULL REFERENCES learning_cycle(id) ON DELETE CASCADE,
  -- ISO date text (YYYY-MM-DD), as in the plan tables
  held_on text NOT NULL,
  title text NOT NULL,
  -- { bestuurlijk: n, professionals: n, inwoners: n, toezicht: n }
  participants jsonb NOT NULL,
  decisions jsonb NOT NULL,
  notes text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX learning_session_cycle_idx ON learning_session (cycle_id, held_on);

CREATE TABLE learning_lesson (
  id text PRIMARY KEY,
  cycle_id text NOT NULL REFERENCES learning_cycle(id) ON DELETE CASCADE,
  session_id text REFERENCES learning_session(id) ON DELETE SET NULL,
  perspective text NOT NULL,
  building_block text NOT NULL,
  theme_id text,
  text text NOT NULL,
  quote text,
  -- the speaker's role, never a name (e.g. 'bestuurder ziekenhuis')
  quote_role text,
  repeats_lesson_id text REFERENCES learning_lesson(id) ON DELETE SET NULL,
  proposed_item_id text,
  version integer NOT NULL DEFAULT 1,
  created_by text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX learning_lesson_cycle_idx ON learning_lesson (cycle_id);
