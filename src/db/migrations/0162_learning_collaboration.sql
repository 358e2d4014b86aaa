-- Learning cycles of a collaboration of the register (0140): a cycle belongs to a workspace, to a collaboration, or
-- to both (a collaboration linked to a workspace); a collaboration without a workspace has cycles of its own.
ALTER TABLE learning_cycle ALTER COLUMN workspace_id DROP NOT NULL;

ALTER TABLE learning_cycle ADD CONSTRAINT learning_cycle_collaboration_fk
  FOREIGN KEY (collaboration_id) REFERENCES dsv_collaboration(id) ON DELETE CASCADE;

ALTER TABLE learning_cycle ADD CONSTRAINT learning_cycle_owner_check
  CHECK (workspace_id IS NOT NULL OR collaboration_id IS NOT NULL);

CREATE INDEX learning_cycle_collaboration_idx ON learning_cycle (collaboration_id, created_at);
