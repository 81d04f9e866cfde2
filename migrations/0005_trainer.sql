-- Trainer mode: fictional example clients and the seeds' key figures, both as data.

-- Fictional example clients drawn from situations the seeds describe. Because they are
-- fictional, their answers may live in a URL (real clients' answers never do). `profile` holds
-- the answers as a URL query string in the contract's field names and codes
-- ('severity=epa&work_situation=bijstand&barriers=self_stigma&barriers=low_motivation');
-- it is validated when the knowledge base is loaded.
CREATE TABLE examples (
    slug     TEXT    PRIMARY KEY
             CHECK (length(slug) BETWEEN 1 AND 60 AND slug NOT GLOB '*[^a-z0-9-]*'),
    position INTEGER NOT NULL UNIQUE,
    title_nl TEXT    NOT NULL CHECK (title_nl <> ''),
    title_en TEXT    NOT NULL CHECK (title_en <> ''),
    story_nl TEXT    NOT NULL CHECK (story_nl <> ''),
    story_en TEXT    NOT NULL CHECK (story_en <> ''),
    profile  TEXT    NOT NULL CHECK (profile <> ''),
    -- the seed passage the situation is drawn from
    source   TEXT    NOT NULL CHECK (source <> ''),
    -- an example to compare this one with (the ICF pair), if any
    compare_with TEXT REFERENCES examples (slug) ON DELETE SET NULL ON UPDATE CASCADE
) STRICT;

-- A set of figures shown as one chart: one measure over several categories.
CREATE TABLE figure_sets (
    slug     TEXT    PRIMARY KEY
             CHECK (length(slug) BETWEEN 1 AND 60 AND slug NOT GLOB '*[^a-z0-9-]*'),
    position INTEGER NOT NULL UNIQUE,
    title_nl TEXT    NOT NULL CHECK (title_nl <> ''),
    title_en TEXT    NOT NULL CHECK (title_en <> ''),
    -- what the numbers count, e.g. 'dagen', '% van de volwassenen'
    unit_nl  TEXT    NOT NULL,
    unit_en  TEXT    NOT NULL,
    -- a remark on reading the figures (definitions, year); may be empty
    note_nl  TEXT    NOT NULL DEFAULT '',
    note_en  TEXT    NOT NULL DEFAULT '',
    source   TEXT    NOT NULL CHECK (source <> '')
) STRICT;

CREATE TABLE figures (
    set_slug TEXT    NOT NULL REFERENCES figure_sets (slug) ON DELETE CASCADE ON UPDATE CASCADE,
    position INTEGER NOT NULL,
    label_nl TEXT    NOT NULL CHECK (label_nl <> ''),
    label_en TEXT    NOT NULL CHECK (label_en <> ''),
    value    REAL    NOT NULL,
    -- the number exactly as the seed writes it ('64,6', '1 op de 5', '< 20%')
    shown_as TEXT    NOT NULL CHECK (shown_as <> ''),
    PRIMARY KEY (set_slug, position)
) STRICT;
