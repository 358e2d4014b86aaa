-- Issue 18 item 6: one datadialoog ballot per participant token. The tokens (the jp_dialoog cookie) are issued by
-- the server; only their SHA-256 is kept, so a token a client makes up itself is not a participant.
CREATE TABLE plan_dialogue_participant (
  token_hash text PRIMARY KEY,
  issued_at timestamptz NOT NULL DEFAULT now()
);
