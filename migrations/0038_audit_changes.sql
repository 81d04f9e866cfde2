-- Compact audit entries: a new entry stores the fields that changed (a JSON list of
-- {path, before, after}, bounded in size) instead of two full copies in `before` and `after`.
-- Older entries keep their `before` and `after` and stay readable; the triggers of 0008 still
-- refuse any change or removal.
ALTER TABLE audit_log ADD COLUMN changes TEXT;
