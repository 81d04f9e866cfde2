-- Cases stored in the order they are made. Until now a case's row was found through an index
-- on its random code, so every new case went to a random page of that index: a batch of new
-- cases wrote as many pages to the write-ahead log as it had cases, and storing slowed as
-- the table grew (issue 19). Now a case has a number (`id`, the table's own key, so new rows
-- go at the end) and its code is that number with 64 random bits, encrypted with AES-128 under
-- a key of this database (`case_key`): still 32 hex characters that look random and say
-- nothing (not the number, not the time), and unguessable. The code is kept in the row and
-- must match, so a code is only valid for the case it was made for (a number used again
-- after a deletion gets a new code). Cases made before this migration keep their codes
-- (`legacy = 1`, found through an index on their code, for as long as they live): nothing a
-- coach saved is lost.
CREATE TABLE case_key (
    id  INTEGER PRIMARY KEY CHECK (id = 1),
    -- 16 bytes from SQLite's randomness (seeded from the operating system)
    key BLOB    NOT NULL CHECK (length(key) = 16)
) STRICT;

INSERT INTO case_key (id, key) VALUES (1, randomblob(16));

CREATE TABLE cases_by_number (
    id         INTEGER PRIMARY KEY,
    code       TEXT    NOT NULL CHECK (length(code) = 32),
    -- 1: a case made before this migration, found by its code alone
    legacy     INTEGER NOT NULL DEFAULT 0 CHECK (legacy IN (0, 1)),
    profile    TEXT    NOT NULL CHECK (length(profile) <= 4096),
    kb_version TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
) STRICT;

INSERT INTO cases_by_number (code, legacy, profile, kb_version, created_at, updated_at, expires_at)
SELECT code, 1, profile, kb_version, created_at, updated_at, expires_at FROM cases ORDER BY created_at;

-- Dropping the old table drops its index and the count's triggers; the count (case_count) is
-- unchanged, as the rows are.
DROP TABLE cases;
ALTER TABLE cases_by_number RENAME TO cases;

CREATE INDEX cases_by_expiry ON cases (expires_at);
CREATE UNIQUE INDEX cases_by_legacy_code ON cases (code) WHERE legacy = 1;

CREATE TRIGGER case_count_insert AFTER INSERT ON cases
BEGIN
    UPDATE case_count SET n = n + 1 WHERE id = 1;
END;

CREATE TRIGGER case_count_delete AFTER DELETE ON cases
BEGIN
    UPDATE case_count SET n = n - 1 WHERE id = 1;
END;
