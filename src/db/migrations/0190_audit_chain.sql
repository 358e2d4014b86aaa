-- Issue 18 item 7: the audit log becomes a hash chain. Every entry stores its place in the chain (seq), the hash
-- of the entry before it (prev_hash) and its own hash = sha256(prev_hash || canonical content). A trigger computes
-- them in the database, under the row lock of audit_chain (the chain's head), so concurrent appends keep one chain
-- and the application cannot choose them. `juisteplek audit verify` recomputes the chain.
ALTER TABLE audit_log ADD COLUMN seq bigint, ADD COLUMN prev_hash bytea, ADD COLUMN hash bytea;

-- The head of the chain: one row, the last seq and hash. Its row lock serialises appends.
CREATE TABLE audit_chain (
  only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  seq bigint NOT NULL,
  hash bytea NOT NULL
);

-- The canonical content of an entry: a JSON array as text (jsonb's text form is deterministic), the time in UTC.
-- src/db/auditStore.ts has the same expression for verification; a test keeps the two equal.
CREATE FUNCTION audit_log_content(e audit_log) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_array(e.seq, e.id, to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    e.actor_id, e.actor_email, e.action, e.workspace_id, e.detail, e.ip)::text
$$;

-- Back-fill the chain for the entries there are, in the order they were written.
ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update;

DO $$
DECLARE
  r audit_log%ROWTYPE;
  h bytea := ''::bytea;
  n bigint := 0;
  next_hash bytea;
BEGIN
  FOR r IN SELECT * FROM audit_log ORDER BY id LOOP
    n := n + 1;
    r.seq := n;
    next_hash := sha256(h || convert_to(audit_log_content(r), 'UTF8'));
    UPDATE audit_log SET seq = n, prev_hash = h, hash = next_hash WHERE id = r.id;
    h := next_hash;
  END LOOP;
  INSERT INTO audit_chain (seq, hash) VALUES (n, h);
END $$;

ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update;

ALTER TABLE audit_log ALTER COLUMN seq SET NOT NULL, ALTER COLUMN prev_hash SET NOT NULL,
  ALTER COLUMN hash SET NOT NULL, ADD CONSTRAINT audit_log_seq_key UNIQUE (seq);

-- Every new entry: the time is the database's (no back-dating), seq/prev_hash/hash are the chain's whatever the
-- INSERT said. SECURITY DEFINER: the application role may read the head but not write it.
CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
  head audit_chain%ROWTYPE;
BEGIN
  SELECT * INTO head FROM audit_chain FOR UPDATE;
  NEW.at := now();
  NEW.seq := head.seq + 1;
  NEW.prev_hash := head.hash;
  NEW.hash := sha256(head.hash || convert_to(audit_log_content(NEW), 'UTF8'));
  UPDATE audit_chain SET seq = NEW.seq, hash = NEW.hash;
  RETURN NEW;
END $$;

-- A SECURITY DEFINER function names its schema (a caller's temporary table cannot stand in for audit_chain).
DO $$
BEGIN
  EXECUTE format('ALTER FUNCTION audit_log_chain() SET search_path = %I, pg_temp', current_schema());
  EXECUTE format('ALTER FUNCTION audit_log_content(audit_log) SET search_path = %I, pg_temp', current_schema());
END $$;

CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain();
