-- Regioplan: prioritisation rounds (partners and residents), kernopgaven, SMART goals, actions with milestones,
-- evaluation moments, every version of the plan document, and duiding (interpretation) per indicator and region.
-- Depends only on 0001 and 0003 (workspace, workspace_organisation, account). Statuses of goals are never stored:
-- they are computed from the data on every read.

CREATE TABLE plan (
  workspace_id text PRIMARY KEY REFERENCES workspace(id) ON DELETE CASCADE,
  title text NOT NULL,
  summary text NOT NULL DEFAULT '',
  published boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- A round of prioritisation. audience: partners (member organisations score or rank) or public (residents, via a
-- link with a token, no account). method: score | rank | importance. candidates: [{id, source, label, themeId}].
CREATE TABLE plan_round (
  id text PRIMARY KEY,
  workspace_id text NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
  number integer NOT NULL,
  title text NOT NULL,
  audience text NOT NULL,
  method text NOT NULL,
  candidates jsonb NOT NULL,
  -- the previous round of a Delphi sequence (its anonymous result is shown first)
  previous_round_id text REFERENCES plan_round(id) ON DELETE SET NULL,
  -- a public round: the partner round its results are shown next to
  partner_round_id text REFERENCES plan_round(id) ON DELETE SET NULL,
  public_token text UNIQUE,
  status text NOT NULL DEFAULT 'open',
  version integer NOT NULL DEFAULT 1,
  created_by text REFERENCES account(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  closed_by text REFERENCES account(id) ON DELETE SET NULL,
  closed_at timestamptz,
  UNIQUE (workspace_id, number)
);

-- One score set per organisation and round: a new submission replaces the whole set (the latest wins).
CREATE TABLE plan_score (
  round_id text NOT NULL REFERENCES plan_round(id) ON DELETE CASCADE,
  organisation_id text NOT NULL REFERENCES workspace_organisation(id) ON DELETE CASCADE,
  candidate_id text NOT NULL,
  urgency smallint NOT NULL CHECK (urgency BETWEEN 1 AND 5),
  impact smallint NOT NULL CHECK (impact BETWEEN 1 AND 5),
  feasibility smallint NOT NULL CHECK (feasibility BETWEEN 1 AND 5),
  submitted_by text REFERENCES account(id) ON DELETE SET NULL,
  submitted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (round_id, organisation_id, candidate_id)
);

CREATE TABLE plan_ranking (
  round_id text NOT NULL REFERENCES plan_round(id) ON DELETE CASCADE,
  organisation_id text NOT NULL REFERENCES workspace_organisation(id) ON DELETE CASCADE,
  ranking text[] NOT NULL,
  submitted_by text REFERENCES account(id) ON DELETE SET NULL,
  submitted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (round_id, organisation_id)
);

-- Residents' answers in a public round: one per browser (the SHA-256 of a random cookie), the latest wins.
CREATE TABLE plan_public_response (
  round_id text NOT NULL REFERENCES plan_round(id) ON DELETE CASCADE,
  respondent_hash text NOT NULL,
  answers jsonb NOT NULL,
  submitted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (round_id, respondent_hash)
);

CREATE TABLE plan_kernopgave (
  id text PRIMARY KEY,
  workspace_id text NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
  position integer NOT NULL,
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  candidate_id text,
  theme_id text,
  round_id text REFERENCES plan_round(id) ON DELETE SET NULL,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plan_kernopgave_workspace_idx ON plan_kernopgave(workspace_id, position);

-- Dates are ISO text (YYYY-MM-DD): the two drivers turn a date column into different JavaScript values.
CREATE TABLE plan_goal (
  id text PRIMARY KEY,
  workspace_id text NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
  kernopgave_id text NOT NULL REFERENCES plan_kernopgave(id) ON DELETE CASCADE,
  title text NOT NULL,
  indicator_id text,
  -- open (the regiobeeld's open data) | partner (the workspace's own uploaded data)
  measure_source text NOT NULL DEFAULT 'open',
  breakdown text NOT NULL DEFAULT 'totaal',
  baseline_value double precision,
  baseline_lower double precision,
  baseline_upper double precision,
  baseline_period text,
  target_value double precision,
  target_date text,
  owner_organisation_id text REFERENCES workspace_organisation(id) ON DELETE SET NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plan_goal_kernopgave_idx ON plan_goal(kernopgave_id);

-- milestones: [{id, title, due, status}]
CREATE TABLE plan_action (
  id text PRIMARY KEY,
  workspace_id text NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
  kernopgave_id text NOT NULL REFERENCES plan_kernopgave(id) ON DELETE CASCADE,
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  type text NOT NULL,
  forms text[] NOT NULL,
  responsible text[] NOT NULL,
  goal_ids text[] NOT NULL,
  payment_arrangement text,
  payment_note text NOT NULL DEFAULT '',
  milestones jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plan_action_kernopgave_idx ON plan_action(kernopgave_id);

-- decisions: [{subject: {kind, id}, decision: continue|adjust|stop, note}]
CREATE TABLE plan_evaluation (
  id text PRIMARY KEY,
  workspace_id text NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
  held_on text NOT NULL,
  phase text NOT NULL,
  notes text NOT NULL DEFAULT '',
  decisions jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plan_evaluation_workspace_idx ON plan_evaluation(workspace_id, held_on);

-- The whole plan document after every change, with its author and time.
CREATE TABLE plan_version (
  workspace_id text NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
  number integer NOT NULL,
  document jsonb NOT NULL,
  summary text NOT NULL,
  author_id text REFERENCES account(id) ON DELETE SET NULL,
  author_email text,
  at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, number)
);

-- Duiding: a workspace's interpretation of one indicator for its region (region_key: the region code, or the
-- sorted gemeente codes joined by commas), written by several partners; every version is kept.
CREATE TABLE duiding (
  workspace_id text NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
  indicator_id text NOT NULL,
  region_key text NOT NULL,
  body text NOT NULL,
  published boolean NOT NULL DEFAULT true,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, indicator_id)
);
CREATE INDEX duiding_region_idx ON duiding(region_key, indicator_id);

CREATE TABLE duiding_version (
  workspace_id text NOT NULL,
  indicator_id text NOT NULL,
  version integer NOT NULL,
  body text NOT NULL,
  published boolean NOT NULL,
  author_id text REFERENCES account(id) ON DELETE SET NULL,
  author_email text,
  organisation_name text,
  at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, indicator_id, version),
  FOREIGN KEY (workspace_id, indicator_id) REFERENCES duiding(workspace_id, indicator_id) ON DELETE CASCADE
);
