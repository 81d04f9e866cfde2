-- CDS Hooks: the cards this service handed out and the feedback on them (issue 18).
-- Nothing about a client is kept: no profile, no hookInstance, no user, no comment; only
-- which intervention a card was about, what the professional did with it, the reason code
-- chosen from our list, and the day. Both tables are kept to a bounded number of rows by the
-- code that writes them (src/db/cds.rs).

CREATE TABLE cds_card (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    intervention_slug TEXT NOT NULL,
    day TEXT NOT NULL
);

CREATE TABLE cds_feedback (
    id INTEGER PRIMARY KEY,
    card_uuid TEXT NOT NULL UNIQUE,
    intervention_slug TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('accepted', 'overridden')),
    reason_code TEXT,
    day TEXT NOT NULL
);

CREATE INDEX cds_feedback_by_intervention ON cds_feedback (intervention_slug, outcome, reason_code);
