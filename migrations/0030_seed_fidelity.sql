-- Rules faithful to the seeds (issue 14): an audit of the knowledge base's claims against the five
-- seeds found texts that say more than their passage, citations to the wrong passage, and rules
-- that fire for clients their passage does not speak about. Each change below quotes or names the
-- passage it follows (seeds/README.md for the short names).
--
-- New: a rule may carry a `condition` (clauses `question=code,code` separated by spaces, as in
-- route_facts and plan_rules; empty = always). A rule whose condition does not hold for the
-- client is skipped: it neither fires, nor excludes, nor asks to check. The application checks
-- every condition when it builds the knowledge base.

ALTER TABLE rules ADD COLUMN condition TEXT NOT NULL DEFAULT '';

-- BW-IVB, "niet in behandeling": Samenwerken 2017, 4.5 says "supported employment kent ongeveer
-- dezelfde uitgangspunten als IPS, maar niet het behandelelement. Voor gemeenten die iets willen
-- met cliënten die niet in behandeling zijn bij de GGZ, is supported employment dus wellicht een
-- goed alternatief". It speaks of clients without work (BW-IVB: "Werkloosheid", Panteia 2021,
-- tabel 7), not of employees on sick leave.
UPDATE rules SET
    text_nl = 'Niet in behandeling bij de GGZ: supported employment (begeleid werken) kent ongeveer dezelfde uitgangspunten als IPS, maar niet het behandelelement; voor cliënten die niet in behandeling zijn, is het wellicht een goed alternatief',
    text_en = 'Not in GGZ treatment: supported employment has roughly the same principles as IPS, but not the treatment element; for clients who are not in treatment it may be a good alternative',
    source = 'Samenwerken 2017, 4.5; Panteia 2021, 4.7 (tabel 7)',
    condition = 'work_situation=sickness_benefit,wga,iva,ww,bijstand,wajong,no_benefit'
 WHERE id = 83 AND intervention_slug = 'bw-ivb';
UPDATE rules SET
    text_nl = 'Nog niet in behandeling (wachtlijst): supported employment kent ongeveer dezelfde uitgangspunten als IPS, maar niet het behandelelement',
    text_en = 'Not yet in treatment (waiting list): supported employment has roughly the same principles as IPS, but not the treatment element',
    source = 'Samenwerken 2017, 4.5; Panteia 2021, 4.7 (tabel 7)',
    condition = 'work_situation=sickness_benefit,wga,iva,ww,bijstand,wajong,no_benefit'
 WHERE id = 84 AND intervention_slug = 'bw-ivb';

-- Jobcoaching for autism / ADHD: the basis is Samenwerken 2017, 3.3 ("De begeleiding en
-- ondersteuning van de jobcoach kan betrekking hebben op allerlei aspecten, zoals
-- gedragsproblematiek, ontwikkelstoornissen, ..."), one aspect among many: a small fit. The
-- Factsheet 2018 example (ICF-kader) makes the opposite point: "Kennis over de psychiatrische
-- diagnose van iemand is op zich niet voldoende"; it is cited for that caveat only.
UPDATE rules SET
    points = 0.5,
    text_nl = 'De begeleiding van een jobcoach kan allerlei aspecten betreffen, zoals gedragsproblematiek en ontwikkelstoornissen. De diagnose alleen is niet voldoende om de werkmogelijkheden te bepalen: kijk ook naar persoonlijke en externe factoren',
    text_en = 'A job coach''s support can cover all kinds of aspects, such as behavioural problems and developmental disorders. The diagnosis alone is not enough to decide someone''s work possibilities: look at personal and external factors too',
    source = 'Samenwerken 2017, 3.3; Factsheet 2018, ICF-kader'
 WHERE id = 123 AND intervention_slug = 'jobcoaching';

-- Return@work: Panteia 2021, 4.6 names the course's five parts ("psycho-educatie, cognities,
-- probleemoplossing, pijn- en vermoeidheids-management en terugvalpreventie") but under
-- "Werkzame bestanddelen": "Niet beschreven". That the modules help with exhaustion is not in it.
UPDATE rules SET
    points = 0.5,
    text_nl = 'De internetcursus heeft onderdelen probleemoplossing en pijn- en vermoeidheidsmanagement; welke onderdelen werkzaam zijn, is niet beschreven',
    text_en = 'The online course has parts on problem solving and on pain and fatigue management; which parts are effective has not been described',
    source = 'Panteia 2021, 4.6'
 WHERE id = 71 AND intervention_slug = 'return-at-work';

-- W-CGT: Panteia 2021, 4.5: "Gedeeltelijke werkhervatting zou disfunctionele cognities op de
-- proef kunnen stellen en kunnen leiden tot succeservaringen op het werk."
UPDATE rules SET
    text_nl = 'Gradueel werkhervattingsplan op maat; gedeeltelijke werkhervatting zou disfunctionele cognities op de proef kunnen stellen en kunnen leiden tot succeservaringen op het werk',
    text_en = 'A tailored graded return-to-work plan; partial return to work could put dysfunctional cognitions to the test and could lead to experiences of success at work',
    source = 'Panteia 2021, 4.5'
 WHERE id = 58 AND intervention_slug = 'w-cgt';

-- Bewegen werkt: Panteia 2021, 4.4: "De grootste groep bestaat uit uitkeringsgerechtigden (WW,
-- WIA, WWB, Wajong) en soms nuggers."
UPDATE rules SET
    text_nl = 'De grootste groep deelnemers bestaat uit uitkeringsgerechtigden (WW, WIA, bijstand, Wajong), mensen met een grote afstand tot de arbeidsmarkt',
    text_en = 'The largest group of participants receive a benefit (WW, WIA, social assistance, Wajong), people with a large distance to the labour market',
    source = 'Panteia 2021, 4.4'
 WHERE id = 40 AND intervention_slug = 'bewegen-werkt';

-- SHARP-at-work: its description (Panteia 2021, 4.7) names only "werknemers die in het verleden
-- zijn uitgevallen met CMD's"; depression, anxiety and burn-out are the CMD that 4.5 names (W-CGT:
-- "CMD: milde depressie, angst en burn-out"), not the Factsheet.
UPDATE rules SET
    text_nl = 'SHARP-at-work is beschreven voor werknemers die eerder uitvielen met een CMD; depressie, angst en burn-out zijn CMD zoals Panteia die bij W-CGT noemt. Welke CMD bij SHARP-at-work zijn onderzocht, staat niet in de bronnen',
    text_en = 'SHARP-at-work is described for employees who dropped out earlier with a CMD; depression, anxiety and burn-out are CMD as Panteia names them for W-CGT. Which CMD were studied for SHARP-at-work is not in the sources',
    source = 'Panteia 2021, 4.7; Panteia 2021, 4.5'
 WHERE id = 77 AND intervention_slug = 'sharp-at-work';

-- IPS, "ernstige depressies" (Panteia 2021, 4.2: "schizofrenie en andere psychosen, bipolaire
-- stoornissen, ernstige depressies en persoonlijkheidsstoornissen"): only a severe depression
-- belongs to the target group, so the points are for an EPA answer, not for CMD.
UPDATE rules SET
    text_nl = 'Ernstige depressies horen tot de doelgroep (ernstige psychische aandoening)',
    text_en = 'Severe depression belongs to the target group (severe mental illness)',
    condition = 'severity=epa'
 WHERE id = 7 AND intervention_slug = 'ips';

-- IPS for CMD: Kamerbrief 2019: a ministerial subsidy and research scheme "op 1 mei 2019 in
-- werking trad" and "tot eind november 2019 van kracht is"; "kunnen 200 mensen meedoen".
-- Samenwerken 2017, 4.5: "Of IPS ook breder in te zetten is, bijvoorbeeld voor de CMD-doelgroep,
-- is een nog onbeantwoorde vraag."
UPDATE rules SET
    text_nl = 'Bij CMD alleen beproefd in een pilot: een subsidie- en onderzoeksregeling voor 200 mensen die liep van 1 mei tot eind november 2019. Of IPS ook voor CMD in te zetten is, noemt Samenwerken 2017 een nog onbeantwoorde vraag',
    text_en = 'For CMD only tried in a pilot: a subsidy and research scheme for 200 people that ran from 1 May to the end of November 2019. Whether IPS can also be used for CMD is, in Samenwerken 2017, a question not yet answered',
    source = 'Kamerbrief 2019, Inzet re-integratiemethode IPS; Samenwerken 2017, 4.5'
 WHERE id = 4 AND intervention_slug = 'ips';
UPDATE intervention_texts SET
    text_nl = 'Mensen met ernstige psychische aandoeningen (EPA), zoals schizofrenie en andere psychosen, bipolaire stoornissen, ernstige depressies en persoonlijkheidsstoornissen; IPS is oorspronkelijk voor deze groep ontwikkeld. Voor mensen met mildere psychische aandoeningen (CMD) liep een pilot: een ministeriële subsidie- en onderzoeksregeling voor UWV- en gemeentelijke cliënten, van 1 mei tot eind november 2019, waaraan 200 mensen konden meedoen.',
    text_en = 'People with severe mental illness (EPA), such as schizophrenia and other psychoses, bipolar disorders, severe depression and personality disorders; IPS was originally developed for this group. For people with milder mental disorders (CMD) a pilot ran: a ministerial subsidy and research scheme for UWV and municipal clients, from 1 May to the end of November 2019, in which 200 people could take part.'
 WHERE intervention_slug = 'ips' AND field = 'target_group';
UPDATE sources SET
    description_nl = replace(description_nl, 'pilot IPS voor CMD sinds 1 mei 2019', 'pilot IPS voor CMD, van 1 mei tot eind november 2019'),
    description_en = replace(description_en, 'IPS-for-CMD pilot since 1 May 2019', 'IPS-for-CMD pilot, from 1 May to the end of November 2019')
 WHERE short_name = 'Kamerbrief 2019';
UPDATE services SET
    notes_nl = replace(notes_nl, '(sinds 1 mei 2019)', '(een pilot van 1 mei tot eind november 2019)'),
    notes_en = replace(notes_en, '(since 1 May 2019)', '(a pilot from 1 May to the end of November 2019)')
 WHERE notes_nl LIKE '%(sinds 1 mei 2019)%';

-- Haaglanden: Samenwerken 2017, 3.6, footnote 30 is the title of a journal ("Epidemiologisch
-- Bulletin. Tijdschrift voor volksgezondheid en onderzoek in regio Haaglanden"), no source for a
-- region. What the seed says is the IPS pilot of the municipality of Den Haag (4.4).
UPDATE regions SET
    source = 'Samenwerken 2017, 4.4 (IPS-pilot van de gemeente Den Haag met Parnassia); de bron noemt alleen de stad Den Haag, de regionaam is die van de arbeidsmarktregio waarin Den Haag ligt'
 WHERE code = 'haaglanden';

-- Ergo Control: Panteia 2021, 4.4 says only "Bewegen Werkt wordt uitgevoerd door Ergo Control.
-- Docenten zijn in dienst van Ergo Control." Nothing calls it a re-integration company.
UPDATE organisations SET kind = 'anders' WHERE id = 'ergo-control';

-- The waiting list as a barrier: Panteia 2021, 3.1.4: "lange wachtlijsten voor psychologische
-- behandeling en diagnose" are a barrier; "Deze wachtlijsten kunnen het herstelproces belemmeren
-- en daarmee ook de terugkeer naar werk." W-CGT is a therapy by psychotherapists (4.5: "De
-- interventie wordt uitgevoerd door psychotherapeuten"); IPS is integrated with GGZ treatment
-- (Samenwerken 2017, 4.5); supported employment has no treatment element (4.5).
INSERT INTO rules (intervention_slug, dimension, match_values, effect, points, text_nl, text_en, source, condition) VALUES
    ('w-cgt', 'barriers', 'waiting_list', 'caution', -0.5,
     'Lange wachtlijsten voor psychologische behandeling kunnen het herstel en de terugkeer naar werk belemmeren; W-CGT is een behandeling door psychotherapeuten, ga na wanneer die kan beginnen',
     'Long waiting lists for psychological treatment can hinder recovery and the return to work; W-CGT is a treatment by psychotherapists, check when it can start',
     'Panteia 2021, 3.1.4, 4.5', ''),
    ('ips', 'barriers', 'waiting_list', 'caution', -0.5,
     'Lange wachtlijsten voor behandeling en diagnose kunnen het herstel en de terugkeer naar werk belemmeren; IPS is geïntegreerd met de behandeling in de GGZ',
     'Long waiting lists for treatment and diagnosis can hinder recovery and the return to work; IPS is integrated with treatment in mental-health care (GGZ)',
     'Panteia 2021, 3.1.4; Samenwerken 2017, 4.5', ''),
    ('bw-ivb', 'barriers', 'waiting_list', 'fit', 0.5,
     'Wachtlijst voor behandeling: supported employment kent geen behandelelement en hoeft daar niet op te wachten',
     'Waiting list for treatment: supported employment has no treatment element and need not wait for it',
     'Panteia 2021, 3.1.4; Samenwerken 2017, 4.5',
     'work_situation=sickness_benefit,wga,iva,ww,bijstand,wajong,no_benefit'),

-- Therapy-based options when there is no treatment: W-CGT is itself a therapy by
-- psychotherapists (Panteia 2021, 4.5); for a client not in treatment it means starting one.
    ('w-cgt', 'mental_health_care', 'none', 'caution', -0.5,
     'W-CGT is een behandeling: de interventie wordt uitgevoerd door psychotherapeuten. De cliënt is nu niet in behandeling, dus W-CGT betekent een behandeling beginnen',
     'W-CGT is a treatment: it is delivered by psychotherapists. The client is not in treatment now, so W-CGT means starting a treatment',
     'Panteia 2021, 4.5', ''),
    ('w-cgt', 'mental_health_care', 'waiting_list', 'caution', -0.5,
     'Op de wachtlijst: W-CGT is een behandeling door psychotherapeuten; lange wachtlijsten voor psychologische behandeling kunnen de terugkeer naar werk belemmeren',
     'On the waiting list: W-CGT is a treatment by psychotherapists; long waiting lists for psychological treatment can hinder the return to work',
     'Panteia 2021, 3.1.4, 4.5', ''),

-- Without an occupational physician: Return@work is "een internetcursus" plus "een
-- beslisondersteuning via e-mail voor de bedrijfsarts"; "Bedrijfsartsen zijn betrokken bij de
-- uitvoering van de interventie" (Panteia 2021, 4.6). SHARP-at-work's steps 2 and 5 are with the
-- bedrijfsarts (4.7).
    ('return-at-work', 'has_occupational_physician', 'no', 'caution', -2.0,
     'Geen bedrijfsarts: Return@work bestaat uit de internetcursus én beslisondersteuning voor de bedrijfsarts, die bij de uitvoering betrokken is. Zonder bedrijfsarts is alleen de cursus over, en die is zo niet onderzocht',
     'No occupational physician: Return@work consists of the online course and decision support for the occupational physician, who takes part in delivering it. Without one only the course is left, and it was not studied that way',
     'Panteia 2021, 4.6', ''),
    ('sharp-at-work', 'has_occupational_physician', 'no', 'caution', -2.0,
     'Geen bedrijfsarts: in het vijfstappenplan bedenkt de werknemer oplossingen met de bedrijfsarts en evalueert die met de bedrijfsarts',
     'No occupational physician: in the five-step plan the employee works out solutions with the occupational physician and evaluates them with the occupational physician',
     'Panteia 2021, 4.7', ''),

-- BW-IVB is described for CMD (Panteia 2021, tabel 7: "CMD", "Werkloosheid").
    ('bw-ivb', 'severity', 'epa', 'caution', -1.0,
     'In de praktijkinzichten beschreven voor CMD, niet voor ernstige psychische aandoeningen',
     'Described in the practice insights for CMD, not for severe mental illness',
     'Panteia 2021, 4.7 (tabel 7)', ''),

-- Partial return (working part of the hours again while still on sick leave): SHARP-at-work is
-- for employees "bij terugkeer" after dropping out with a CMD, to prevent relapse (Panteia 2021,
-- 4.7); graded return with responsibilities and workload built up slowly (3.1.2).
    ('sharp-at-work', 'work_situation', 'sick_leave back_at_work', 'require', 0.0,
     'Alleen voor wie (deels) weer aan het werk is: terugvalpreventie bij de terugkeer naar werk',
     'Only for people who are (partly) back at work: relapse prevention at the return to work',
     'Panteia 2021, 4.7', 'partial_return=yes'),
    ('sharp-at-work', 'work_situation', 'sick_leave', 'fit', 2.0,
     'Werkt al deels weer: SHARP-at-work inventariseert bij de terugkeer problemen en kansen op het werk en maakt met bedrijfsarts en leidinggevende een actieplan om terugval in verzuim te voorkomen',
     'Partly back at work: at the return SHARP-at-work lists problems and chances at work and makes an action plan with the occupational physician and the supervisor to prevent a relapse into absence',
     'Panteia 2021, 4.7, 3.1.2', 'partial_return=yes');

-- The existing "only back at work" requirement of SHARP-at-work now holds unless the client
-- works partly again.
UPDATE rules SET condition = 'partial_return=no,unknown'
 WHERE id = 73 AND intervention_slug = 'sharp-at-work';

-- The autism example ends as the seed does (Factsheet 2018, ICF-kader: "Met hulp van een
-- jobcoach is hij aan het werk.").
UPDATE examples SET
    story_nl = 'Een andere jongeman van 22 met dezelfde diagnose heeft ook een Wajong-uitkering en is evenmin in behandeling bij de GGZ. Zijn ouders stimuleren en motiveren hem (externe factor); hij wil zelf graag werken en houdt van aanpakken (persoonlijke factor). Zo eindigt het voorbeeld in de Factsheet: met hulp van een jobcoach is hij aan het werk.',
    story_en = 'Another 22-year-old man with the same diagnosis also receives a Wajong benefit and is not in mental-health treatment either. His parents encourage and motivate him (an external factor); he wants to work and likes to get things done (a personal factor). This is how the example in the Factsheet ends: with the help of a job coach he is at work.'
 WHERE slug = 'jongere-autisme-ouders-stimuleren';
