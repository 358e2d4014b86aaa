-- A counter that goes up whenever observations or the geography change, in whatever process: a running server
-- compares it with the version its in-memory engine was built from and rebuilds when they differ (an import from
-- the command line next to a server on PostgreSQL).

CREATE TABLE data_version (
  id integer PRIMARY KEY CHECK (id = 1),
  version bigint NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO data_version (id, version) VALUES (1, 0);

-- (one line: the migration runner splits statements at a semicolon that ends a line)
CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE data_version SET version = version + 1, changed_at = now() WHERE id = 1; RETURN NULL; END $$;

CREATE TRIGGER observation_changes_data_version AFTER INSERT OR UPDATE OR DELETE ON observation
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();

CREATE TRIGGER membership_changes_data_version AFTER INSERT OR UPDATE OR DELETE ON region_membership
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
