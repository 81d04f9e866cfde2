-- IPS for an employee on sick leave (domain review, re-integration professional): the CMD
-- sick-leave advice ranked IPS "Past mogelijk" (score 3) because the work-situation rule for
-- sick_leave was only a -2 caution (0003), so plan rule 4 added "Daarnaast (IPS): ...".
-- The seeds describe IPS for no one who still has a job:
-- * Panteia 2021, 4.1 (tabel 6): IPS - EPA - "Werkloosheid" (work situation).
-- * Panteia 2021, 4.2 (Doelgroep): "IPS kan worden ingezet voor mensen die een
--   arbeidsongeschiktheids- of ziektewetuitkering (van UWV) hebben. Maar ook voor de groep
--   cliënten van de sociale dienst (ofwel gemeente) met een zogeheten grote afstand tot de
--   arbeidsmarkt."
-- * Kamerbrief 2019 (Inzet re-integratiemethode IPS): the CMD scheme of 1 May 2019 "geldt voor
--   zowel UWV- als gemeentelijke cliënten".
-- An employee on sick leave with a running employment (LBZ) is none of these, so the rule
-- becomes an exclusion, like the one for someone back at work. Unknown stays neutral; the
-- Ziektewet benefit (sickness_benefit, no employer) still fits. A rule an administrator changed
-- since (effect, points, values or either text) is left as it is.

UPDATE rules SET
    effect = 'exclude',
    points = 0.0,
    text_nl = 'Niet voor een werknemer die ziek gemeld is en nog een baan heeft: IPS is beschreven voor werklozen en uitkeringsgerechtigden (een arbeidsongeschiktheids- of Ziektewetuitkering van UWV, of bijstand met een grote afstand tot de arbeidsmarkt)',
    text_en = 'Not for an employee on sick leave who still has a job: IPS is described for unemployed people and benefit recipients (a UWV disability or sickness benefit, or social assistance with a large distance to the labour market)',
    source = 'Panteia 2021, 4.1 (tabel 6), 4.2; Kamerbrief 2019, Inzet re-integratiemethode IPS'
WHERE intervention_slug = 'ips'
  AND dimension = 'work_situation'
  AND match_values = 'sick_leave'
  AND effect = 'caution'
  AND points = -2.0
  AND text_nl = 'IPS is beschreven voor werklozen en uitkeringsgerechtigden, niet voor werknemers die nog een baan hebben'
  AND text_en = 'IPS is described for unemployed people and benefit recipients, not for employees who still have a job'
  AND source = 'Panteia 2021, 4.1 (tabel 6), 4.2';
