-- Federated partners (issue 17, item 3): one row per partner whose aggregate view is linked through postgres_fdw.
-- The foreign server, user mapping (with the password) and foreign tables are PostgreSQL objects made by the
-- federation service; this table only says which ones belong to which partner and what the last check found.
-- On PGlite the table exists but stays empty (PGlite has no postgres_fdw).
CREATE TABLE federation_partner (
  name text PRIMARY KEY,
  server_name text NOT NULL UNIQUE,
  foreign_table text NOT NULL,
  host text NOT NULL,
  port integer NOT NULL,
  dbname text NOT NULL,
  remote_user text NOT NULL,
  remote_schema text NOT NULL,
  remote_view text NOT NULL,
  added_at timestamptz NOT NULL DEFAULT now(),
  checked_at timestamptz,
  check_status text CHECK (check_status IN ('ok', 'refused', 'unavailable')),
  check_message text
);
