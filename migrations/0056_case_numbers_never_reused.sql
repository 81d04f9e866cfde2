-- Case numbers are never used twice (review of 0055). With the next number taken as
-- max(id) + 1, deleting the highest case freed its number for the next new case; a lookup that
-- had read the old, expired case and then deleted it by number could remove the new case made
-- in between. The highest number ever given is now kept with the count, by the same trigger,
-- so a number stays taken after its case is gone.
ALTER TABLE case_count ADD COLUMN last_id INTEGER NOT NULL DEFAULT 0 CHECK (last_id >= 0);

UPDATE case_count SET last_id = (SELECT coalesce(max(id), 0) FROM cases) WHERE id = 1;

DROP TRIGGER case_count_insert;

CREATE TRIGGER case_count_insert AFTER INSERT ON cases
BEGIN
    UPDATE case_count SET n = n + 1, last_id = max(last_id, NEW.id) WHERE id = 1;
END;
