-- Samenwerkingsverbanden (DSV's): the register, questionnaire rounds and responses, and phase self-assessments.
-- Depends on 0003 (workspace, account). The register entry and the answers are jsonb documents validated by the
-- zod schemas of src/dsv; the overview is computed from the submitted responses of a round.

CREATE TABLE dsv_collaboration (
  id text PRIMARY KEY,
  name text NOT NULL,
  -- the register entry as written (area, start year, partners, goals, governance, payment, participation, …)
  entry jsonb NOT NULL,
  -- linked: edited by the workspace's beheerders and analisten; not linked: by its registrant
  workspace_id text REFERENCES workspace(id) ON DELETE SET NULL,
  registrant_id text REFERENCES account(id) ON DELETE SET NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text REFERENCES account(id) ON DELETE SET NULL
);
CREATE INDEX dsv_collaboration_workspace_idx ON dsv_collaboration(workspace_id);

-- One questionnaire round per year, opened, closed and published by the platform administrator.
CREATE TABLE dsv_round (
  year integer PRIMARY KEY,
  definition_version text NOT NULL,
  status text NOT NULL CHECK (status IN ('open', 'closed', 'published')),
  opened_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz,
  published_at timestamptz
);

-- A collaboration's answers for one year: a draft, or submitted (with the register profile as it stood then).
CREATE TABLE dsv_response (
  collaboration_id text NOT NULL REFERENCES dsv_collaboration(id) ON DELETE CASCADE,
  year integer NOT NULL REFERENCES dsv_round(year),
  answers jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('draft', 'submitted')),
  profile jsonb,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text REFERENCES account(id) ON DELETE SET NULL,
  submitted_at timestamptz,
  submitted_by text REFERENCES account(id) ON DELETE SET NULL,
  PRIMARY KEY (collaboration_id, year)
);

-- A phase self-assessment at one moment; each member adds their own contribution (phase, markers, principles).
CREATE TABLE dsv_assessment (
  id text PRIMARY KEY,
  collaboration_id text NOT NULL REFERENCES dsv_collaboration(id) ON DELETE CASCADE,
  assessed_on date NOT NULL,
  created_by text REFERENCES account(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dsv_assessment_collaboration_idx ON dsv_assessment(collaboration_id, assessed_on);

CREATE TABLE dsv_contribution (
  assessment_id text NOT NULL REFERENCES dsv_assessment(id) ON DELETE CASCADE,
  account_id text NOT NULL REFERENCES account(id) ON DELETE CASCADE,
  contribution jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (assessment_id, account_id)
);
