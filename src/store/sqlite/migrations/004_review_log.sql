-- Human decisions on statements, append-only: who, when, why, and the review state before and
-- after. The current state of a statement is the `after` of its latest row; an undo is a row too.
CREATE TABLE review_log (
  seq INTEGER PRIMARY KEY,
  statement_id TEXT NOT NULL,
  action TEXT NOT NULL,
  reason TEXT NOT NULL,
  reviewer TEXT NOT NULL,
  at TEXT NOT NULL,
  before_state TEXT NOT NULL,
  after_state TEXT NOT NULL
);

CREATE INDEX review_log_statement ON review_log (statement_id, seq);
