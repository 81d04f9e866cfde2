-- Anonymous, expiring cases: the answers of one questionnaire (profile codes only, never a
-- name, a date of birth or free text) under a random code, so that the advice survives Back,
-- reload, a bookmark and the language switch. Purged when expired (CASE_TTL_DAYS) and bounded
-- in number (MAX_CASES).
CREATE TABLE cases (
    -- 128 random bits from the operating system, as 32 hex characters.
    code       TEXT    PRIMARY KEY CHECK (length(code) = 32),
    -- the profile as form pairs (`severity=epa&work_situation=bijstand&...`): codes only
    profile    TEXT    NOT NULL CHECK (length(profile) <= 4096),
    -- the knowledge-base version when the case was made or last changed
    kb_version TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
) STRICT;

CREATE INDEX cases_by_expiry ON cases (expires_at);
