-- The source documents every fact and rule cites, by short name (see shared/seeds/README.md).
CREATE TABLE sources (
    short_name     TEXT    PRIMARY KEY CHECK (short_name <> ''),
    position       INTEGER NOT NULL UNIQUE,
    title          TEXT    NOT NULL CHECK (title <> ''),
    description_nl TEXT    NOT NULL,
    description_en TEXT    NOT NULL
) STRICT;

INSERT INTO sources (short_name, position, title, description_nl, description_en) VALUES
    ('Panteia 2021', 1,
     'Panteia (2021), onderzoeksrapport voor het ministerie van SZW over re-integratie van mensen met psychische aandoeningen bij loondoorbetaling, Ziektewet en WIA',
     'Onderzoeksrapport over re-integratie van mensen met psychische aandoeningen bij loondoorbetaling, Ziektewet en WIA: verantwoordelijkheden, cijfers per aandoening, belemmeringen, effectieve interventies en praktijkinzichten, erkenningsniveaus.',
     'Research report on the re-integration of people with mental disorders under sick pay, Ziektewet and WIA: responsibilities, figures per disorder, barriers, effective interventions and practice insights, recognition levels.'),
    ('Trimbos 2015', 2,
     'Factsheet van de kennissynthese "Arbeid en psychische aandoeningen" (VUmc en Trimbos-instituut, 2015)',
     'Factsheet van de kennissynthese van VU medisch centrum en Trimbos-instituut: werk en werkwens van mensen met ernstige psychische aandoeningen en de effecten van IPS.',
     'Factsheet of the knowledge synthesis by VU University Medical Center and the Trimbos Institute: work and wish to work of people with severe mental illness and the effects of IPS.'),
    ('Factsheet 2018', 3,
     'Factsheet "Psychische kwetsbaarheid en werk" (UWV en ARCO, 2018), convenant "Samen werken aan wat werkt"',
     'Factsheet over CMD en EPA, de driedeling in ernst, het ICF-kader en cijfers over vóórkomen en zorggebruik.',
     'Factsheet on CMD and EPA, the three-level severity scale, the ICF frame and figures on prevalence and care use.'),
    ('Kamerbrief 2019', 4,
     'Brief van de staatssecretarissen van SZW en VWS aan de Tweede Kamer, 11 juli 2019',
     'Brief aan de Tweede Kamer: cijfers over uitkeringen en GGZ-gebruik, subsidieregelingen voor IPS (ook de pilot IPS voor CMD sinds 1 mei 2019) en regionale samenwerking tussen GGZ en Werk & Inkomen.',
     'Letter to parliament: figures on benefits and mental-health care use, IPS subsidy schemes (including the IPS-for-CMD pilot since 1 May 2019) and regional cooperation between mental-health care and Work & Income.'),
    ('Samenwerken 2017', 5,
     'Rapport over regionale samenwerking tussen GGZ en Werk & Inkomen (UWV, VNG, GGZ Nederland en SZW, 2017)',
     'Rapport over regionale samenwerking tussen GGZ en Werk & Inkomen: ICF, supported employment, jobcoaching, passend maken van werk, de IPS-principes, stigma en Coral, de sociale kaart, privacy en financiering van IPS.',
     'Report on regional cooperation between mental-health care and Work & Income: ICF, supported employment, job coaching, making work fit, the IPS principles, stigma and Coral, the regional social map, privacy and IPS funding.');
