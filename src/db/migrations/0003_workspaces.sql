-- Accounts, sessions, invitations, workspaces with member organisations and roles, private partner data and an
-- append-only audit log. Independent of 0002: it references only its own tables and 0001's indicator table.

CREATE TABLE account (
  id text PRIMARY KEY,
  email text NOT NULL UNIQUE,
  -- scrypt$N$r$p$salt$hash (base64url); null until the invitee has set a password
  password_hash text,
  platform_admin boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Server-side sessions; the cookie holds a random 256-bit id, the table only its SHA-256.
CREATE TABLE auth_session (
  id_hash text PRIMARY KEY,
  account_id text NOT NULL REFERENCES account(id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX auth_session_account_idx ON auth_session(account_id);

-- Failed logins per key ('email:…' or 'ip:…') in the current window, and a lock-out end.
CREATE TABLE login_throttle (
  key text PRIMARY KEY,
  failures integer NOT NULL,
  window_start timestamptz NOT NULL,
  locked_until timestamptz
);

CREATE TABLE workspace (
  id text PRIMARY KEY,
  name text NOT NULL,
  kind text NOT NULL,
  -- a standard region code, or null when the region is a list of gemeenten
  region_code text,
  gemeenten text[] NOT NULL,
  -- the per-workspace secret of the cell-key perturbation; never leaves the server
  perturbation_secret text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE workspace_organisation (
  id text PRIMARY KEY,
  workspace_id text NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
  name text NOT NULL,
  type text NOT NULL,
  laws text[] NOT NULL
);

CREATE TABLE workspace_member (
  workspace_id text NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
  account_id text NOT NULL REFERENCES account(id) ON DELETE CASCADE,
  role text NOT NULL,
  organisation_id text REFERENCES workspace_organisation(id) ON DELETE SET NULL,
  PRIMARY KEY (workspace_id, account_id)
);

-- Invitation links: only the SHA-256 of the token is stored; single use, with an expiry.
CREATE TABLE invitation (
  token_hash text PRIMARY KEY,
  workspace_id text NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
  email text NOT NULL,
  role text NOT NULL,
  invited_by text REFERENCES account(id) ON DELETE SET NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);

CREATE TABLE workspace_upload (
  id text PRIMARY KEY,
  workspace_id text NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
  file_name text NOT NULL,
  uploaded_by text REFERENCES account(id) ON DELETE SET NULL,
  rows integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Partner data: never in the public observation table.
CREATE TABLE workspace_observation (
  id bigserial PRIMARY KEY,
  workspace_id text NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
  upload_id text NOT NULL REFERENCES workspace_upload(id) ON DELETE CASCADE,
  indicator_id text NOT NULL,
  region_code text NOT NULL,
  period text NOT NULL,
  breakdown text NOT NULL DEFAULT 'totaal',
  value double precision,
  count double precision,
  denominator double precision,
  lower double precision,
  upper double precision,
  source_row integer NOT NULL
);
CREATE INDEX workspace_observation_cell_idx ON workspace_observation(workspace_id, indicator_id, period, breakdown);

-- Who did what, when, in which workspace. Append-only: a trigger refuses UPDATE and DELETE. No foreign keys, so
-- the record outlives a deleted workspace or account.
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor_id text,
  actor_email text,
  action text NOT NULL,
  workspace_id text,
  detail jsonb NOT NULL DEFAULT '{}',
  ip text
);
CREATE INDEX audit_log_workspace_idx ON audit_log(workspace_id, id);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
