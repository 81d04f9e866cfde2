-- Start content of the regional sociale kaart (issue 6): only the regions and organisations that the
-- five seeds in /work/shared/seeds/ name themselves, each with its source (seed short name + section;
-- the Kamerbrief has no numbered sections, so it is cited by its paragraph heading).
-- Nothing is invented: website and contact stay '' unless a seed gives them literally; no private
-- persons. Notes repeat only facts the seed gives, and they describe the situation in the seed
-- (2017-2021), not today's.
-- last_checked = '2026-11-23' on every row: the date this start content was checked against the seeds.
-- Services without a service_regions row: the seed names the organisation but no working area
-- (neither a region nor that it works nationally); a region's administrators can add that later.

-- ---------------------------------------------------------------------------------------------
-- Regions
-- ---------------------------------------------------------------------------------------------
INSERT INTO regions (code, name, source, last_checked) VALUES
('friesland', 'Friesland',
 'Samenwerken 2017, 2.3 (voorbeeldregio "Regio Friesland" in het onderzoek naar regionale samenwerking; zie ook 2.9)',
 '2026-11-23'),
('holland-rijnland', 'Holland-Rijnland',
 'Samenwerken 2017, 2.3 (voorbeeldregio "Regio Holland-Rijnland" in het onderzoek naar regionale samenwerking; zie ook 2.9)',
 '2026-11-23'),
('rijk-van-nijmegen', 'Rijk van Nijmegen',
 'Samenwerken 2017, 2.3 (voorbeeldregio "Regio Rijk van Nijmegen"; zie ook 2.9); Panteia 2021, 4.7 (UWV WERKbedrijf Rijk van Nijmegen)',
 '2026-11-23'),
('stedendriehoek-en-noord-veluwe', 'Stedendriehoek en Noord-Veluwe',
 'Samenwerken 2017, 2.3 (voorbeeldregio "Regio Stedendriehoek en Noord-Veluwe", zo gespeld in de bron; zie ook 2.9)',
 '2026-11-23'),
('haaglanden', 'Haaglanden',
 'Samenwerken 2017, 4.4 (IPS-pilot van de gemeente Den Haag met Parnassia); de naam "regio Haaglanden" staat in Samenwerken 2017, 3.6, voetnoot 30',
 '2026-11-23'),
('groot-amsterdam', 'Groot Amsterdam',
 'Samenwerken 2017, 4.4 en 4.6 (samenwerking rond IPS in Amsterdam); de bron noemt alleen de stad Amsterdam, de regionaam is die van de arbeidsmarktregio waarin Amsterdam ligt',
 '2026-11-23'),
('landelijk', 'Landelijk / hele land',
 'Samenwerken 2017, 3.5 (Kenniscentrum Phrenos bewaakt de modelgetrouwe uitvoering van IPS, zonder regio); Kamerbrief 2019, "Inzet re-integratiemethode IPS" en "Experiment effecten ontschotte financiering" (Phrenos als landelijke partner)',
 '2026-11-23');

-- ---------------------------------------------------------------------------------------------
-- Organisations
-- ---------------------------------------------------------------------------------------------
INSERT INTO organisations (id, name, kind, website, contact, description_nl, description_en, source, last_checked) VALUES
('ergo-control', 'Ergo Control', 're-integratiebedrijf', '', '',
 'Voert Bewegen werkt uit; de docenten zijn in dienst van Ergo Control.',
 'Delivers Bewegen werkt; the instructors are employed by Ergo Control.',
 'Panteia 2021, 4.4 (Uitvoerders) en tabel 6 (4.1)', '2026-11-23'),
('relim', 'Relim', 'sociaal-leerwerkbedrijf', '', '',
 'Sociaal leerwerkbedrijf dat dagbesteding en inkomen biedt, maar ook structuur, contacten en identiteit.',
 'Social learning-and-work company that offers daytime activities and income, but also structure, contacts and identity.',
 'Panteia 2021, 4.7 (tabel 7 en "Werk als middel voor sociale activering")', '2026-11-23'),
('uwv-werkbedrijf-rijk-van-nijmegen', 'UWV WERKbedrijf Rijk van Nijmegen', 'uwv', '', '',
 'Heeft ervaring opgedaan met de inzet van ervaringsdeskundige expertise bij de begeleiding van personen met een psychische kwetsbaarheid.',
 'Has gained experience with deploying expertise by experience in supporting people with a mental vulnerability.',
 'Panteia 2021, 4.7 (tabel 7 en "Beter bereiken van de doelgroep door inzet ervaringsdeskundigheid")', '2026-11-23'),
('parnassia', 'Parnassia', 'ggz', '', '',
 'GGZ-instelling waarmee de gemeente Den Haag een IPS-pilot is begonnen.',
 'Mental health care institution with which the municipality of The Hague started an IPS pilot.',
 'Samenwerken 2017, 4.4 (Den Haag)', '2026-11-23'),
('gemeente-den-haag', 'Gemeente Den Haag', 'gemeente', '', '',
 'Gemeente die met GGZ-instelling Parnassia een IPS-pilot is begonnen.',
 'Municipality that started an IPS pilot with the mental health care institution Parnassia.',
 'Samenwerken 2017, 4.4 (Den Haag)', '2026-11-23'),
('gemeente-amsterdam', 'Gemeente Amsterdam', 'gemeente', '', '',
 'Gemeente die al enige tijd met GGZ en UWV samenwerkt rond IPS.',
 'Municipality that has been working with mental health care and UWV on IPS for some time.',
 'Samenwerken 2017, 4.4 (Amsterdam)', '2026-11-23'),
('kenniscentrum-phrenos', 'Kenniscentrum Phrenos', 'anders', 'https://www.kenniscentrumphrenos.nl', '',
 'GGZ-kenniscentrum dat de modelgetrouwe uitvoering van IPS bewaakt.',
 'Mental health care knowledge centre that monitors the fidelity of IPS delivery.',
 'Samenwerken 2017, 3.5 (met voetnoot 29, die de website noemt) en 4.2', '2026-11-23'),
('tranzo', 'Tranzo', 'anders', '', '',
 'Ontwikkelde de e-healthmodule Return@work.',
 'Developed the e-health module Return@work.',
 'Panteia 2021, 4.6 (Uitvoerders)', '2026-11-23'),
('expertisecentrum-inclusieve-arbeidsorganisatie', 'Expertisecentrum Inclusieve Arbeidsorganisatie', 'anders',
 'https://www.inclusievearbeidsorganisatie.org/expertisecentrum', '',
 'Gemeenschappelijk initiatief van de Universiteit Maastricht en UWV.',
 'Joint initiative of Maastricht University and UWV.',
 'Samenwerken 2017, 3.4 (met voetnoot 28, die de website noemt)', '2026-11-23'),
('zilveren-kruis', 'Zilveren Kruis', 'verzekeraar', '', '',
 'Zorgverzekeraar.',
 'Health insurer.',
 'Samenwerken 2017, 4.2', '2026-11-23');

-- ---------------------------------------------------------------------------------------------
-- Services
-- ---------------------------------------------------------------------------------------------
INSERT INTO services (id, organisation_id, intervention_slug, product, notes_nl, notes_en, source, last_checked) VALUES
(1, 'ergo-control', 'bewegen-werkt', '',
 'Re-activeringsprogramma rond bewegen, leefstijl en arbeidsrelevante competenties; afhankelijk van de opdrachtgever 18 weken, 2 dagdelen per week, minimaal 36 sessies; aanbod in de directe woonomgeving. Eerste aanwijzingen voor effectiviteit (Kenniscentrum Sport). De bron noemt geen werkgebied.',
 'Re-activation programme on physical activity, lifestyle and work-related competences; depending on the commissioning party 18 weeks, 2 half-days a week, at least 36 sessions; offered close to where participants live. First indications of effectiveness (Kenniscentrum Sport). The source names no service area.',
 'Panteia 2021, 4.1 en 4.4', '2026-11-23'),
(2, 'relim', 'relim', '',
 'Relim-methode met een arbeidsrehabilitatie- en een resocialisatietraject, voor mensen met psychische of psychiatrische problemen (EPA en CMD, vaak met sociale problematiek) die niet zelfstandig werk kunnen vinden en behouden. Inzicht uit de praktijk, niet bewezen effectief. De bron noemt geen werkgebied.',
 'Relim method with a work-rehabilitation track and a resocialisation track, for people with mental or psychiatric problems (SMI and CMD, often with social problems) who cannot find and keep work on their own. Practice insight, not proven effective. The source names no service area.',
 'Panteia 2021, 4.7', '2026-11-23'),
(3, 'uwv-werkbedrijf-rijk-van-nijmegen', 'aidee', '',
 'Inzet van Adviseurs Ervaringsdeskundige Expertise (AIDEE) voor mensen met een psychische kwetsbaarheid (werkloosheid of ziekteverzuim), aanleiding: een groot deel van de AG-uitkeringsgerechtigden heeft een psychische kwetsbaarheid. Intern geëvalueerd (kwalitatieve raadpleging van klanten en professionals, 2018): door beide groepen positief gewaardeerd. Inzicht uit de praktijk, niet bewezen effectief.',
 'Deployment of advisers with expertise by experience (AIDEE) for people with a mental vulnerability (unemployment or sickness absence), prompted by the fact that a large share of disability-benefit recipients have a mental vulnerability. Evaluated internally (qualitative consultation of clients and professionals, 2018): rated positively by both groups. Practice insight, not proven effective.',
 'Panteia 2021, 4.7', '2026-11-23'),
(4, 'parnassia', 'ips', '',
 'IPS-pilot met de gemeente Den Haag met 60 kandidaten (stand van de bron, 2017). Na een jaar geëvalueerd: 60 kandidaten in 1 jaar aan het werk was te ambitieus, besloten is door te gaan. Leerpunten: FACT-teams en IPS-jobcoaches moesten nog groeien; de link met het werkgeversservicepunt was te zwak; twee voorbereidende IPS-gesprekken is te weinig (de zorgverzekeraar vergoedt nu acht gesprekken).',
 'IPS pilot with the municipality of The Hague with 60 candidates (as described in the source, 2017). Evaluated after one year: 60 candidates in work within 1 year was too ambitious; the parties decided to continue. Lessons: FACT teams and IPS job coaches still had to grow; the link with the employer service point was too weak; two preparatory IPS conversations are too few (the health insurer now reimburses eight).',
 'Samenwerken 2017, 4.4', '2026-11-23'),
(5, 'gemeente-den-haag', 'ips', '',
 'Zet IPS in samen met GGZ-instelling Parnassia (pilot met 60 kandidaten, stand van de bron, 2017); voor de gemeente een paradigmawisseling: inzetten op moeilijk bemiddelbaren. Na een jaar geëvalueerd en besloten door te gaan.',
 'Deploys IPS together with the mental health care institution Parnassia (pilot with 60 candidates, as described in the source, 2017); for the municipality a paradigm shift: focusing on people who are hard to place. Evaluated after one year; decided to continue.',
 'Samenwerken 2017, 4.4', '2026-11-23'),
(6, 'gemeente-amsterdam', 'ips', '',
 'GGZ, UWV en gemeente werken al enige tijd samen rond IPS (stand van de bron, 2017); de gemeente zet vooral in op mensen met een grote afstand tot de arbeidsmarkt en het College stelde extra geld beschikbaar. Zorgverzekeraars betalen lokaal mee aan IPS in Amsterdam.',
 'Mental health care, UWV and the municipality have been working together on IPS for some time (as described in the source, 2017); the municipality focuses on people far from the labour market and the municipal executive made extra money available. Health insurers locally contribute to IPS in Amsterdam.',
 'Samenwerken 2017, 4.4 en 4.6', '2026-11-23'),
(7, 'kenniscentrum-phrenos', NULL, 'Bewaking modelgetrouwe uitvoering van IPS',
 'Bewaakt de modelgetrouwe uitvoering van IPS; informatie over werken met IPS op https://www.werkenmetips.nl. Visie van Phrenos: de Zvw vergoedt gemiddeld de eerste acht gesprekken van een IPS-traject. Betrokken bij het ontwerp van de regeling IPS voor mensen met mildere psychische aandoeningen (sinds 1 mei 2019).',
 'Monitors the fidelity of IPS delivery; information on working with IPS at https://www.werkenmetips.nl. Phrenos''s view: the health insurance (Zvw) reimburses on average the first eight conversations of an IPS trajectory. Involved in designing the scheme for IPS for people with milder mental disorders (since 1 May 2019).',
 'Samenwerken 2017, 3.5 (voetnoot 29) en 4.2; Kamerbrief 2019, "Inzet re-integratiemethode IPS"', '2026-11-23'),
(8, 'kenniscentrum-phrenos', 'coral', '',
 'Meer informatie en de brochure "Verzwijgen of vertellen" (project doorontwikkeling Coral): http://www.kenniscentrumphrenos.nl/diensten/projecten-2/doorontwikkeling-coral',
 'More information and the brochure "Verzwijgen of vertellen" (conceal or reveal; project on the further development of Coral): http://www.kenniscentrumphrenos.nl/diensten/projecten-2/doorontwikkeling-coral',
 'Samenwerken 2017, 3.6 (voetnoot 32)', '2026-11-23'),
(9, 'tranzo', 'return-at-work', '',
 'Ontwikkelaar, niet de uitvoerder: de module bestaat uit een internetcursus Return@Work en beslisondersteuning per e-mail voor de bedrijfsarts; bedrijfsartsen voeren de interventie uit. Het promotieonderzoek werd gefinancierd door ZonMw, Achmea Sociale Zekerheid, GGzBreburg en Tranzo. De bron noemt geen werkgebied.',
 'Developer, not the provider: the module consists of the Return@Work internet course and decision support by e-mail for the occupational physician; occupational physicians deliver the intervention. The doctoral research was funded by ZonMw, Achmea Sociale Zekerheid, GGzBreburg and Tranzo. The source names no service area.',
 'Panteia 2021, 4.6', '2026-11-23'),
(10, 'expertisecentrum-inclusieve-arbeidsorganisatie', 'werk-passend-maken', '',
 'Kan helpen bij het verwezenlijken van meer inclusieve arbeidsorganisaties, onder meer door herontwerp van werk (Inclusief Herontwerp van Werk). De bron noemt geen werkgebied.',
 'Can help organisations become more inclusive, among other things through redesign of work (Inclusive Redesign of Work). The source names no service area.',
 'Samenwerken 2017, 3.4', '2026-11-23'),
(11, 'zilveren-kruis', NULL, 'Vergoeding eerste acht gesprekken van een IPS-traject',
 'Heeft een overeenkomst met zorgaanbieders over de vergoeding van de eerste acht gesprekken van een IPS-traject (stand van de bron, 2017). Sinds de duiding van het Zorginstituut (29 augustus 2016) zijn ook andere zorgverzekeraars verplicht dergelijke gesprekken te vergoeden. De bron noemt geen werkgebied.',
 'Has an agreement with care providers on reimbursing the first eight conversations of an IPS trajectory (as described in the source, 2017). Since the Zorginstituut''s interpretation (29 August 2016) other health insurers are also obliged to reimburse such conversations. The source names no service area.',
 'Samenwerken 2017, 4.2', '2026-11-23');

-- ---------------------------------------------------------------------------------------------
-- Where each service is offered (only where a seed names the region or a national role)
-- ---------------------------------------------------------------------------------------------
INSERT INTO service_regions (service_id, region_code) VALUES
(3, 'rijk-van-nijmegen'),
(4, 'haaglanden'),
(5, 'haaglanden'),
(6, 'groot-amsterdam'),
(7, 'landelijk'),
(8, 'landelijk');
