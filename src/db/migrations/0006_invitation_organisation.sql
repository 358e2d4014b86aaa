-- An invitation may name the member organisation the new membership is linked to (partners score for it in a
-- prioritisation round). It also gets a short id and a creation time, so a beheerder can list and withdraw open
-- invitations without ever seeing a token again. Uses only 0003's tables, so it applies after 0001–0005 whatever
-- those contain.

ALTER TABLE invitation ADD COLUMN IF NOT EXISTS organisation_id text REFERENCES workspace_organisation(id) ON DELETE SET NULL;

ALTER TABLE invitation ADD COLUMN IF NOT EXISTS id text;

-- Invitations made before this migration: an id from their token hash (hex; never the token itself).
UPDATE invitation SET id = substr(token_hash, 1, 16) WHERE id IS NULL;

ALTER TABLE invitation ALTER COLUMN id SET NOT NULL;

CREATE UNIQUE INDEX IF NOT EXISTS invitation_id_idx ON invitation(id);

-- Unknown (null) for invitations made before this migration.
ALTER TABLE invitation ADD COLUMN IF NOT EXISTS created_at timestamptz;

ALTER TABLE invitation ALTER COLUMN created_at SET DEFAULT now();

CREATE INDEX IF NOT EXISTS invitation_workspace_idx ON invitation(workspace_id);
