-- The regional sociale kaart: who delivers which intervention in which labour-market region
-- (Samenwerken 2017, 2.6 and 2.8). Every entry has a 'last checked' date (YYYY-MM-DD) and a
-- source; contact points are public ones (a department's phone or e-mail), not private persons.

CREATE TABLE regions (
    code         TEXT PRIMARY KEY
                 CHECK (length(code) BETWEEN 1 AND 60 AND code NOT GLOB '*[^a-z0-9-]*'),
    name         TEXT NOT NULL CHECK (name <> ''),
    source       TEXT NOT NULL CHECK (source <> ''),
    last_checked TEXT NOT NULL CHECK (last_checked GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
) STRICT;

CREATE TABLE organisations (
    id             TEXT PRIMARY KEY
                   CHECK (length(id) BETWEEN 1 AND 80 AND id NOT GLOB '*[^a-z0-9-]*'),
    name           TEXT NOT NULL CHECK (name <> ''),
    kind           TEXT NOT NULL CHECK (kind IN (
                       'ggz', 'uwv', 'gemeente', 're-integratiebedrijf', 'clientorganisatie',
                       'ervaringsdeskundigen', 'sociaal-leerwerkbedrijf', 'verzekeraar', 'anders')),
    -- empty when unknown
    website        TEXT NOT NULL DEFAULT '',
    contact        TEXT NOT NULL DEFAULT '',
    description_nl TEXT NOT NULL DEFAULT '',
    description_en TEXT NOT NULL DEFAULT '',
    source         TEXT NOT NULL CHECK (source <> ''),
    last_checked   TEXT NOT NULL CHECK (last_checked GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
) STRICT;

-- What an organisation offers: one of the knowledge base's interventions, or another product.
CREATE TABLE services (
    id                INTEGER PRIMARY KEY,
    organisation_id   TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE ON UPDATE CASCADE,
    intervention_slug TEXT REFERENCES interventions (slug) ON DELETE SET NULL ON UPDATE CASCADE,
    product           TEXT NOT NULL DEFAULT '',
    -- IPS fidelity, waiting time, funding ...
    notes_nl          TEXT NOT NULL DEFAULT '',
    notes_en          TEXT NOT NULL DEFAULT '',
    source            TEXT NOT NULL CHECK (source <> ''),
    last_checked      TEXT NOT NULL CHECK (last_checked GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    CHECK (intervention_slug IS NOT NULL OR product <> '')
) STRICT;

CREATE TABLE service_regions (
    service_id  INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    region_code TEXT    NOT NULL REFERENCES regions (code) ON DELETE CASCADE ON UPDATE CASCADE,
    PRIMARY KEY (service_id, region_code)
) STRICT;

CREATE INDEX service_regions_by_region ON service_regions (region_code);
