-- The yes/no questions become yes / no / unknown, and two questions are added
-- (partial_return, own_job_feasible). The rules table is rebuilt without its CHECK on the list
-- of dimensions: the application checks every rule's dimension and values when it builds the
-- knowledge base (src/domain/knowledge.rs), so a new question needs no table rebuild.
--
-- For the yes/no dimensions `match_values` is now 'yes', 'no' or 'unknown'. A ticked box was
-- 'true'; an unticked one could not be told apart from "not answered", so the 0-point
-- "nog na te gaan" cautions on 'false' now look at 'unknown', and an explicit 'no' is neutral.
-- An unknown answer never moves a score: a rule on 'unknown' carries 0 points (checked by the
-- application).

CREATE TABLE rules_new (
    id                INTEGER PRIMARY KEY,
    intervention_slug TEXT    NOT NULL REFERENCES interventions (slug) ON DELETE CASCADE ON UPDATE CASCADE,
    dimension         TEXT    NOT NULL CHECK (dimension <> ''),
    match_values      TEXT    NOT NULL CHECK (match_values <> ''),
    effect            TEXT    NOT NULL CHECK (effect IN ('require', 'exclude', 'fit', 'caution')),
    points            REAL    NOT NULL DEFAULT 0,
    text_nl           TEXT    NOT NULL CHECK (text_nl <> ''),
    text_en           TEXT    NOT NULL CHECK (text_en <> ''),
    source            TEXT    NOT NULL CHECK (source <> ''),
    CHECK ((effect = 'fit' AND points > 0)
        OR (effect = 'caution' AND points <= 0)
        OR (effect IN ('require', 'exclude') AND points = 0))
) STRICT;

INSERT INTO rules_new SELECT * FROM rules;
DROP TABLE rules;
ALTER TABLE rules_new RENAME TO rules;
CREATE INDEX rules_by_intervention ON rules (intervention_slug, id);

UPDATE rules SET match_values = 'yes'
 WHERE match_values = 'true'
   AND dimension IN ('lacks_fitness_or_structure', 'multiple_problems',
                     'has_occupational_physician', 'prefers_no_online', 'prefers_no_group');

UPDATE rules SET match_values = 'unknown'
 WHERE match_values = 'false' AND effect = 'caution' AND points = 0
   AND dimension IN ('lacks_fitness_or_structure', 'multiple_problems',
                     'has_occupational_physician', 'prefers_no_online', 'prefers_no_group');

UPDATE rules SET match_values = 'no'
 WHERE match_values = 'false'
   AND dimension IN ('lacks_fitness_or_structure', 'multiple_problems',
                     'has_occupational_physician', 'prefers_no_online', 'prefers_no_group');

-- The example clients: ticked boxes were 'true'; the questionnaire now says 'yes'.
UPDATE examples SET profile = replace(profile, '=true', '=yes') WHERE profile LIKE '%=true%';
