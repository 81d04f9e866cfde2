-- The number of stored cases, kept by triggers in the same transaction as every insert and
-- delete, so that storing a case checks its bound (MAX_CASES) by reading one row instead of
-- counting the whole table (`SELECT count(*) FROM cases` grew with the table, on every store).
-- Correct across processes and after a crash: the count changes only with the rows.
CREATE TABLE case_count (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    n  INTEGER NOT NULL CHECK (n >= 0)
) STRICT;

INSERT INTO case_count (id, n) SELECT 1, count(*) FROM cases;

CREATE TRIGGER case_count_insert AFTER INSERT ON cases
BEGIN
    UPDATE case_count SET n = n + 1 WHERE id = 1;
END;

CREATE TRIGGER case_count_delete AFTER DELETE ON cases
BEGIN
    UPDATE case_count SET n = n - 1 WHERE id = 1;
END;
