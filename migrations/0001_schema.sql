-- The knowledge base: interventions, their content, the evidence levels and the matching rules.
-- Content is bilingual (nl/en) and every fact carries its source: a seed's short name and section,
-- e.g. 'Panteia 2021, 4.2'. A content field the seeds say nothing about has no row at all.

-- The recognition levels of the Dutch knowledge institutes (Panteia 2021, bijlage 2), plus the two
-- labels for what the seeds contain outside that system. `strength` orders them (ties in the
-- ranking are broken by it); `points` is what the level adds to an advice's score.
CREATE TABLE evidence_levels (
    code                  TEXT    PRIMARY KEY,
    strength              INTEGER NOT NULL UNIQUE,
    in_recognition_system INTEGER NOT NULL CHECK (in_recognition_system IN (0, 1)),
    label_nl              TEXT    NOT NULL,
    label_en              TEXT    NOT NULL,
    description_nl        TEXT    NOT NULL,
    description_en        TEXT    NOT NULL,
    points                REAL    NOT NULL,
    source                TEXT    NOT NULL
) STRICT;

CREATE TABLE interventions (
    slug             TEXT    PRIMARY KEY
                     CHECK (length(slug) BETWEEN 1 AND 60 AND slug NOT GLOB '*[^a-z0-9-]*'),
    -- display order in the catalogue; also the last tie-breaker in the ranking
    position         INTEGER NOT NULL UNIQUE,
    name_nl          TEXT    NOT NULL CHECK (name_nl <> ''),
    name_en          TEXT    NOT NULL CHECK (name_en <> ''),
    -- individual guidance, guidance at the workplace, or both (NULL: the seeds do not say)
    guidance         TEXT    CHECK (guidance IN ('individual', 'workplace', 'both')),
    evidence_level   TEXT    NOT NULL REFERENCES evidence_levels (code),
    -- where the evidence level is stated
    evidence_source  TEXT    NOT NULL CHECK (evidence_source <> '')
) STRICT;

-- Institutes that recognised an intervention (Trimbos-instituut, Movisie, Kenniscentrum Sport ...).
CREATE TABLE recognitions (
    intervention_slug TEXT    NOT NULL REFERENCES interventions (slug) ON DELETE CASCADE ON UPDATE CASCADE,
    institute         TEXT    NOT NULL CHECK (institute <> ''),
    -- year of the recognition when a seed gives it; recognitions are not permanent
    year              INTEGER,
    source            TEXT    NOT NULL CHECK (source <> ''),
    PRIMARY KEY (intervention_slug, institute)
) STRICT;

-- Descriptive content, one row per (intervention, field). No row: "niet beschreven in de bronnen".
CREATE TABLE intervention_texts (
    intervention_slug TEXT NOT NULL REFERENCES interventions (slug) ON DELETE CASCADE ON UPDATE CASCADE,
    field             TEXT NOT NULL CHECK (field IN (
                          'summary',          -- one or two sentences: what it is
                          'goal',             -- what it aims at
                          'target_group',     -- for whom (CMD/EPA, disorders, other characteristics)
                          'work_situation',   -- unemployed, on benefit, sick leave, back at work ...
                          'approach',         -- how it works: steps, modules, principles
                          'delivered_by',     -- who carries it out
                          'duration',         -- duration and intensity
                          'active_elements',  -- werkzame elementen
                          'conditions',       -- conditions for effectiveness, caveats
                          'results',          -- effects found in research
                          'cost',             -- cost and funding
                          'evidence'          -- evidence: studies, recognition, remarks
                      )),
    text_nl           TEXT NOT NULL CHECK (text_nl <> ''),
    text_en           TEXT NOT NULL CHECK (text_en <> ''),
    source            TEXT NOT NULL CHECK (source <> ''),
    PRIMARY KEY (intervention_slug, field)
) STRICT;

-- The matching rules. One generic evaluator reads them (src/domain/matching.rs):
--   require  the profile's answer on `dimension` must be one of `match_values`, else the
--            intervention is excluded; an unknown answer gives a 0-point "nog na te gaan" caveat;
--            a met requirement shows as a 0-point reason.
--   exclude  an answer in `match_values` excludes the intervention; an unknown answer gives a
--            0-point "nog na te gaan" caveat.
--   fit      an answer in `match_values` adds a reason with `points` (> 0).
--   caution  an answer in `match_values` adds a caveat with `points` (<= 0).
-- For `barriers` the rule matches when any of the client's barriers is in `match_values`; for the
-- boolean dimensions `match_values` is 'true' or 'false'. Values are separated by single spaces.
CREATE TABLE rules (
    id                INTEGER PRIMARY KEY,
    intervention_slug TEXT    NOT NULL REFERENCES interventions (slug) ON DELETE CASCADE ON UPDATE CASCADE,
    dimension         TEXT    NOT NULL CHECK (dimension IN (
                          'severity', 'work_situation', 'disorder', 'absence_duration',
                          'mental_health_care', 'work_wish', 'self_efficacy',
                          'lacks_fitness_or_structure', 'multiple_problems',
                          'has_occupational_physician', 'prefers_no_online', 'prefers_no_group',
                          'barriers')),
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

CREATE INDEX rules_by_intervention ON rules (intervention_slug, id);

INSERT INTO evidence_levels
    (code, strength, in_recognition_system, label_nl, label_en, description_nl, description_en, points, source)
VALUES
    ('practice_insight', 0, 0,
     'Praktijkinzicht, niet bewezen',
     'Practice insight, not proven',
     'Een aanpak uit de praktijk; de effectiviteit is niet aangetoond en niet door een kennisinstituut beoordeeld.',
     'An approach from practice; its effectiveness has not been shown nor assessed by a knowledge institute.',
     0.0, 'Panteia 2021, 4.7'),
    ('well_described', 1, 1,
     'Goed beschreven',
     'Well described',
     'Beoordeling door praktijkpanels van de basiscriteria: doelen, doelgroep, aanpak en randvoorwaarden.',
     'Assessed by practice panels on the basic criteria: goals, target group, approach and conditions.',
     0.5, 'Panteia 2021, bijlage 2'),
    ('well_founded', 2, 1,
     'Goed onderbouwd',
     'Well founded',
     'Beoordeling door een erkenningscommissie van de basiscriteria en de (theoretische) onderbouwing.',
     'Assessed by a recognition committee on the basic criteria and the (theoretical) foundation.',
     1.0, 'Panteia 2021, bijlage 2'),
    ('research_indications', 3, 0,
     'Aanwijzingen uit onderzoek, niet erkend',
     'Research indications, not recognised',
     'Onderzoek geeft aanwijzingen voor een effect, maar de interventie is niet door een Nederlands kennisinstituut beoordeeld.',
     'Studies indicate an effect, but the intervention has not been assessed by a Dutch knowledge institute.',
     1.5, 'Panteia 2021, 4.1'),
    ('effective_first', 4, 1,
     'Effectief: eerste aanwijzingen',
     'Effective: first indications',
     'De studies geven de eerste aanwijzingen voor een effect van de interventie (indicatieve bewijskracht).',
     'The studies give first indications of an effect of the intervention (indicative evidence).',
     2.0, 'Panteia 2021, bijlage 2'),
    ('effective_good', 5, 1,
     'Effectief: goede aanwijzingen',
     'Effective: good indications',
     'Onderzoek wijst uit dat het doel met de interventie in voldoende mate wordt bereikt, en zonder de interventie of met de gebruikelijke aanpak niet of significant minder.',
     'Research shows that the goal is reached sufficiently with the intervention, and not, or significantly less, without it or with usual practice.',
     2.5, 'Panteia 2021, bijlage 2'),
    ('effective_strong', 6, 1,
     'Effectief: sterke aanwijzingen',
     'Effective: strong indications',
     'Er is voldoende onderzoek van voldoende kwaliteit om aan te nemen dat de interventie bij de doelgroep effectief is, beter werkt dan de gebruikelijke aanpak, en dat dit aan de interventie toe te schrijven is (sterke bewijskracht).',
     'There is enough research of sufficient quality to assume that the intervention is effective for the target group, works better than usual practice, and that this is due to the intervention (strong evidence).',
     3.0, 'Panteia 2021, bijlage 2');
