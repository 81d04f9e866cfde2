-- Plan rules (issue 14): the order in time that the seeds imply, as cited data.
--
-- A rule gives one step of the plan when its `condition` holds for the profile (clauses as in
-- route_facts: `question=code,code` separated by spaces; empty = always) and, when `requires`
-- names slugs, at least one of them is recommended for this client. `phase` places the step in
-- time (first, now, alongside, at_return, afterwards); `slugs` are the interventions the step is
-- about; `opens` names what opens the next step (ggz_treatment, follow_up, return_to_work) or is
-- NULL. The application checks phases, slugs, questions, codes and sources when it builds the
-- knowledge base.

CREATE TABLE plan_rules (
    id        INTEGER PRIMARY KEY,
    position  INTEGER NOT NULL,
    phase     TEXT    NOT NULL CHECK (phase IN ('first', 'now', 'alongside', 'at_return', 'afterwards')),
    slugs     TEXT    NOT NULL DEFAULT '',
    requires  TEXT    NOT NULL DEFAULT '',
    condition TEXT    NOT NULL DEFAULT '',
    opens     TEXT    CHECK (opens IS NULL OR opens <> ''),
    text_nl   TEXT    NOT NULL CHECK (text_nl <> ''),
    text_en   TEXT    NOT NULL CHECK (text_en <> ''),
    source    TEXT    NOT NULL CHECK (source <> '')
) STRICT;

INSERT INTO plan_rules (id, position, phase, slugs, requires, condition, opens, text_nl, text_en, source) VALUES
    (1, 10, 'first', '', '',
     'severity=epa,unknown mental_health_care=none,waiting_list work_wish=paid_work_now,paid_work_later', 'ggz_treatment',
     'Eerst behandeling in de GGZ: IPS kan niet los van de GGZ worden toegepast, want IPS combineert behandeling en arbeidstoeleiding. Zodra de cliënt in behandeling is, komt IPS in beeld. Tot die tijd is begeleid werken (supported employment) wellicht een goed alternatief.',
     'First treatment in mental-health care (GGZ): IPS cannot be applied apart from the GGZ, as it combines treatment and guidance to work. Once the client is in treatment, IPS comes into view. Until then supported employment may be a good alternative.',
     'Samenwerken 2017, 4.5'),
    (2, 20, 'now', '', '',
     'work_wish=paid_work_now,paid_work_later,unsure,unknown', NULL,
     'Wacht niet met werk(hervatting) tot de klachten verholpen zijn: werk is een van de sterkste gezondheidsdeterminanten.',
     'Do not wait with (returning to) work until the complaints are gone: work is one of the strongest determinants of health.',
     'Samenwerken 2017, 1.8'),
    (3, 30, 'now', 'werk-passend-maken', '',
     'own_job_feasible=no', NULL,
     'Begin met alternatief werk in plaats van het eigen werk: dat biedt kans op kleine successen en herstel van zelfvertrouwen. Bouw ook verantwoordelijkheden en werkdruk langzaam op, niet alleen de uren.',
     'Start with alternative work instead of the own job: it gives room for small successes and regaining confidence. Build up responsibilities and workload slowly too, not only the hours.',
     'Panteia 2021, 3.1.2'),
    (4, 40, 'alongside', 'ips', 'ips',
     '', NULL,
     'Vul IPS aan met een interventie gericht op motivatie, arbeidsvaardighedentraining of cognitieve training: de effecten van IPS zijn dan anderhalf keer zo groot.',
     'Add an intervention aimed at motivation, work-skills training or cognitive training to IPS: its effects are then one and a half times as large.',
     'Trimbos 2015'),
    (5, 50, 'at_return', 'sharp-at-work', '',
     'work_situation=sick_leave', 'return_to_work',
     'Bij de werkhervatting: SHARP-at-work richt zich op terugvalpreventie bij werkenden die na verzuim weer aan het werk zijn.',
     'At the return to work: SHARP-at-work aims at preventing relapse in people back at work after absence.',
     'Panteia 2021, 4.7'),
    (6, 60, 'afterwards', 'bewegen-werkt', 'bewegen-werkt',
     '', 'follow_up',
     'Zorg tijdig voor duidelijkheid over het vervolg na Bewegen werkt: begin op tijd met het zoeken van een passend vervolgtraject en betrek de opdrachtgever daarbij.',
     'Make the follow-up after Bewegen werkt clear in time: start looking for a suitable follow-up trajectory early and involve the commissioning party.',
     'Panteia 2021, 4.4');
