-- Route, regie and funding (issue 13) as cited data.
--
-- `route_facts`: who holds the regie for a situation (kind 'responsible'), who else is involved
-- ('involve'), the client's own duty ('client_duty') and what is still to check ('to_check').
-- `funding_lines`: who pays for an intervention, under which conditions.
--
-- `condition` says for which profiles a row holds: clauses separated by spaces, each
-- `question=code,code` (for example 'work_situation=wga,sickness_benefit insurance=public');
-- a row holds when every clause holds, a clause when the answer is one of its codes; an empty
-- condition always holds. "unknown" is a code like any other, so a row for an unanswered
-- question names it. The application checks questions and codes when it builds the knowledge
-- base, and that every combination of work situation, insurance and employment contract has
-- exactly one 'responsible' row.
--
-- `period` is the period the source gives for a time-bound scheme ('2017-2021'); the product
-- never presents a scheme whose period has passed as current.

CREATE TABLE route_facts (
    id        INTEGER PRIMARY KEY,
    kind      TEXT    NOT NULL CHECK (kind IN ('responsible', 'involve', 'client_duty', 'to_check')),
    code      TEXT    NOT NULL CHECK (code <> ''),
    condition TEXT    NOT NULL DEFAULT '',
    text_nl   TEXT    NOT NULL CHECK (text_nl <> ''),
    text_en   TEXT    NOT NULL CHECK (text_en <> ''),
    source    TEXT    NOT NULL CHECK (source <> '')
) STRICT;

CREATE TABLE funding_lines (
    id                INTEGER PRIMARY KEY,
    intervention_slug TEXT    NOT NULL REFERENCES interventions (slug) ON DELETE CASCADE ON UPDATE CASCADE,
    payer             TEXT    NOT NULL CHECK (payer IN ('zvw', 'uwv', 'gemeente', 'employer', 'insurer', 'unknown')),
    condition         TEXT    NOT NULL DEFAULT '',
    text_nl           TEXT    NOT NULL CHECK (text_nl <> ''),
    text_en           TEXT    NOT NULL CHECK (text_en <> ''),
    source            TEXT    NOT NULL CHECK (source <> ''),
    period            TEXT    CHECK (period IS NULL OR period GLOB '[12][0-9][0-9][0-9]-[12][0-9][0-9][0-9]')
) STRICT;

CREATE INDEX funding_lines_by_intervention ON funding_lines (intervention_slug, id);
