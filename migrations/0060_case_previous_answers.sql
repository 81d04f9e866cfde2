-- What a case's answers were before its last save, so that the case page can say what the
-- coach changed ("Vertrouwen in eigen kunnen: laag → gemiddeld") and how the top of the advice
-- moved. Only answer codes, like `profile` (nothing that identifies a client); NULL for a case
-- never saved again (and for every case made before this migration). It lives in the case's
-- row, so it is deleted with the case: by "Verwijder nu", by expiry and by the purge.
ALTER TABLE cases ADD COLUMN previous_profile TEXT
    CHECK (previous_profile IS NULL OR length(previous_profile) <= 4096);
