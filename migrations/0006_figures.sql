-- Key figures for the trainer page /cijfers, taken from the seeds (/work/shared/seeds).
-- Every number is written in `shown_as` exactly as the seed writes it; `value` is the same
-- number for the bar length. Nothing is computed. Categories without a number in the seed
-- are left out of a set, and the note says so.

-- ---------------------------------------------------------------------------------------
-- 1. How common, and how severe (Factsheet 2018)
-- ---------------------------------------------------------------------------------------
INSERT INTO figure_sets (slug, position, title_nl, title_en, unit_nl, unit_en, note_nl, note_en, source) VALUES
('ernst-psychische-aandoeningen', 1,
 'Ernst van psychische aandoeningen bij volwassenen in een jaar',
 'Severity of mental disorders among adults in one year',
 '% van de volwassenen met een psychische aandoening in een jaar',
 '% of adults with a mental disorder in a year',
 'Van alle volwassenen heeft 18% over een periode van een jaar een psychische aandoening; deze percentages verdelen die groep naar ernst. Van de totale bevolking heeft 42,7% ooit in zijn of haar leven een psychische aandoening. Licht tot matig: stressgerelateerde klachten (overspanning, aanpassingsstoornis, burn-out). Matig tot ernstig: angst- en stemmingsstoornissen, stoornissen door middelengebruik. Ernstig tot zeer ernstig: psychiatrische stoornis die gepaard gaat met ernstige beperkingen in sociaal en maatschappelijk functioneren.',
 'Of all adults, 18% have a mental disorder over a period of one year; these percentages divide that group by severity. Of the total population, 42.7% have a mental disorder at some point in their life. Mild to moderate: stress-related complaints (overstrain, adjustment disorder, burnout). Moderate to severe: anxiety and mood disorders, substance use disorders. Severe to very severe: a psychiatric disorder with serious limitations in social and societal functioning.',
 'Factsheet 2018, Hoe vaak komen psychische aandoeningen voor? (infographic)');

INSERT INTO figures (set_slug, position, label_nl, label_en, value, shown_as) VALUES
('ernst-psychische-aandoeningen', 1, 'Licht tot matig', 'Mild to moderate', 35.5, '35,5%'),
('ernst-psychische-aandoeningen', 2, 'Matig tot ernstig', 'Moderate to severe', 34.5, '34,5%'),
('ernst-psychische-aandoeningen', 3, 'Ernstig tot zeer ernstig', 'Severe to very severe', 30.0, '30,0%');

-- ---------------------------------------------------------------------------------------
-- 2. Disease burden per disorder (Panteia 2021, section 2.5, table 4)
--    Table rows 1-11 as the table labels them (the table has no row for "overige stoornis").
-- ---------------------------------------------------------------------------------------
INSERT INTO figure_sets (slug, position, title_nl, title_en, unit_nl, unit_en, note_nl, note_en, source) VALUES
('jaarprevalentie-per-aandoening', 2,
 'Jaarprevalentie per psychische aandoening (2019)',
 'Yearly prevalence per mental disorder (2019)',
 'aantal personen',
 'number of people',
 'De jaarprevalentie is het aantal personen dat in het betreffende jaar (2019) de betreffende stoornis heeft (gehad). Bron: Bevolkingsstatistiek 2019 (CBS), Volksgezondheidenzorg.nl (RIVM) en Zorgregistraties eerste lijn 2019 (Nivel); bewerking door Panteia. Aandachts- en gedragsstoornissen: enkel ADHD. Eetstoornissen: enkel anorexia nervosa. Pervasieve ontwikkelingsstoornissen: enkel ASS. Schizofrenie en psychotische stoornissen: enkel schizofrenie. Totaal in de tabel: 1.919.697 (bron: Bevolkingsstatistiek 2019 (CBS) en NEMESIS-2 (Trimbos-instituut); bewerking door Panteia).',
 'Yearly prevalence is the number of people who have (had) the disorder in the year concerned (2019). Source: Population statistics 2019 (CBS), Volksgezondheidenzorg.nl (RIVM) and primary-care registrations 2019 (Nivel); processed by Panteia. Attention-deficit and disruptive behaviour disorders: ADHD only. Eating disorders: anorexia nervosa only. Pervasive developmental disorders: autism spectrum disorder only. Schizophrenia and psychotic disorders: schizophrenia only. Total in the table: 1,919,697 (source: Population statistics 2019 (CBS) and NEMESIS-2 (Trimbos Institute); processed by Panteia).',
 'Panteia 2021, 2.5, tabel 4'),
('ziektejaren-per-aandoening', 3,
 'Ziektejaren per psychische aandoening',
 'Years lived with disability per mental disorder',
 'ziektejaren (YLDs)',
 'years lived with disability (YLDs)',
 'Ziektejaren: het aantal jaren dat een gehele groep mensen met een aandoening hinder ondervindt in het functioneren. Bron: Volksgezondheid Toekomst Verkenning 2018 (RIVM). Daarin zijn alleen de ziektejaren van alle stemmingsstoornissen samen bekend; Panteia heeft die naar jaarprevalentie verdeeld over bipolaire en overige stemmingsstoornissen en depressieve stoornissen, dus deze twee cijfers zijn indicatief. Eetstoornissen ontbreken: de tabel geeft voor hen geen cijfer. Totaal in de tabel: 609.300.',
 'Years lived with disability: the number of years that a whole group of people with a disorder is hindered in functioning. Source: Public Health Foresight Study 2018 (RIVM). It only gives the years for all mood disorders together; Panteia divided them over bipolar and other mood disorders and depressive disorders in proportion to yearly prevalence, so these two figures are indicative. Eating disorders are missing: the table gives no figure for them. Total in the table: 609,300.',
 'Panteia 2021, 2.5, tabel 4'),
('ziektelast-per-aandoening', 4,
 'Ziektelast per psychische aandoening',
 'Disease burden per mental disorder',
 'ziektejaren gedeeld door de jaarprevalentie',
 'years lived with disability divided by yearly prevalence',
 'Ziektelast: ziektejaren (YLDs) gedeeld door de prevalentie; drukt uit hoe zwaar de aandoening drukt op het functioneren. De cijfers voor bipolaire en overige stemmingsstoornissen en depressieve stoornissen zijn indicatief (zie ziektejaren). Eetstoornissen ontbreken: de tabel geeft voor hen geen cijfer. Totaal in de tabel: 0,32.',
 'Disease burden: years lived with disability (YLDs) divided by prevalence; it expresses how heavily the disorder weighs on functioning. The figures for bipolar and other mood disorders and for depressive disorders are indicative (see years lived with disability). Eating disorders are missing: the table gives no figure for them. Total in the table: 0.32.',
 'Panteia 2021, 2.5, tabel 4'),
('chroniciteit-per-aandoening', 5,
 'Chroniciteit per psychische aandoening',
 'Chronicity per mental disorder',
 'chroniciteit (score zoals in de bron)',
 'chronicity (score as given in the source)',
 'Mate van chronisch verloop; hoe hoger, hoe regelmatiger mensen hinder ondervinden in hun functioneren. Bron: De Graaf et al. (2012), NEMESIS-2. De tabel geeft alleen voor deze vijf aandoeningen een cijfer; aanpassingsstoornissen, eetstoornissen, persoonlijkheidsstoornissen, pervasieve ontwikkelingsstoornissen, schizofrenie en psychotische stoornissen en overige psychische problematiek ontbreken daarom.',
 'Degree of chronic course; the higher, the more regularly people are hindered in their functioning. Source: De Graaf et al. (2012), NEMESIS-2. The table gives a figure for these five disorders only; adjustment disorders, eating disorders, personality disorders, pervasive developmental disorders, schizophrenia and psychotic disorders and other mental health problems are therefore missing.',
 'Panteia 2021, 2.5, tabel 4'),
('verzuimdagen-per-aandoening', 6,
 'Verzuimdagen per psychische aandoening',
 'Sick-leave days per mental disorder',
 'gemiddeld aantal verzuimdagen per persoon per kalenderjaar',
 'mean number of sick-leave days per person per calendar year',
 'Verzuim bij werkenden. Bron: De Graaf et al. (2011), Verzuim door psychische en somatische aandoeningen bij werkenden (NEMESIS-2). De tabel geeft alleen voor deze vijf aandoeningen een cijfer; aanpassingsstoornissen, eetstoornissen, persoonlijkheidsstoornissen, pervasieve ontwikkelingsstoornissen, schizofrenie en psychotische stoornissen en overige psychische problematiek ontbreken daarom.',
 'Sick leave among working people. Source: De Graaf et al. (2011), sick leave due to mental and somatic disorders among working people (NEMESIS-2). The table gives a figure for these five disorders only; adjustment disorders, eating disorders, personality disorders, pervasive developmental disorders, schizophrenia and psychotic disorders and other mental health problems are therefore missing.',
 'Panteia 2021, 2.5, tabel 4');

INSERT INTO figures (set_slug, position, label_nl, label_en, value, shown_as) VALUES
('jaarprevalentie-per-aandoening',  1, 'Aan middelen gebonden stoornissen', 'Substance-related disorders', 129693, '129.693'),
('jaarprevalentie-per-aandoening',  2, 'Aandachts- en gedragsstoornissen', 'Attention-deficit and disruptive behaviour disorders', 127841, '127.841'),
('jaarprevalentie-per-aandoening',  3, 'Aanpassingsstoornissen', 'Adjustment disorders', 236132, '236.132'),
('jaarprevalentie-per-aandoening',  4, 'Angststoornissen', 'Anxiety disorders', 365137, '365.137'),
('jaarprevalentie-per-aandoening',  5, 'Bipolaire en overige stemmingsstoornissen', 'Bipolar and other mood disorders', 32175, '32.175'),
('jaarprevalentie-per-aandoening',  6, 'Depressieve stoornissen', 'Depressive disorders', 430859, '430.859'),
('jaarprevalentie-per-aandoening',  7, 'Eetstoornissen', 'Eating disorders', 10583, '10.583'),
('jaarprevalentie-per-aandoening',  8, 'Persoonlijkheidsstoornissen', 'Personality disorders', 210266, '210.266'),
('jaarprevalentie-per-aandoening',  9, 'Pervasieve ontwikkelingsstoornissen', 'Pervasive developmental disorders', 95536, '95.536'),
('jaarprevalentie-per-aandoening', 10, 'Schizofrenie en psychotische stoornissen', 'Schizophrenia and psychotic disorders', 44116, '44.116'),
('jaarprevalentie-per-aandoening', 11, 'Overige psychische problematiek', 'Other mental health problems', 119997, '119.997'),

('ziektejaren-per-aandoening',  1, 'Aan middelen gebonden stoornissen', 'Substance-related disorders', 32100, '32.100'),
('ziektejaren-per-aandoening',  2, 'Aandachts- en gedragsstoornissen', 'Attention-deficit and disruptive behaviour disorders', 9100, '9.100'),
('ziektejaren-per-aandoening',  3, 'Aanpassingsstoornissen', 'Adjustment disorders', 46500, '46.500'),
('ziektejaren-per-aandoening',  4, 'Angststoornissen', 'Anxiety disorders', 173900, '173.900'),
('ziektejaren-per-aandoening',  5, 'Bipolaire en overige stemmingsstoornissen', 'Bipolar and other mood disorders', 11021, '11.021'),
('ziektejaren-per-aandoening',  6, 'Depressieve stoornissen', 'Depressive disorders', 147579, '147.579'),
('ziektejaren-per-aandoening',  7, 'Persoonlijkheidsstoornissen', 'Personality disorders', 26200, '26.200'),
('ziektejaren-per-aandoening',  8, 'Pervasieve ontwikkelingsstoornissen', 'Pervasive developmental disorders', 19900, '19.900'),
('ziektejaren-per-aandoening',  9, 'Schizofrenie en psychotische stoornissen', 'Schizophrenia and psychotic disorders', 22700, '22.700'),
('ziektejaren-per-aandoening', 10, 'Overige psychische problematiek', 'Other mental health problems', 34100, '34.100'),

('ziektelast-per-aandoening',  1, 'Aan middelen gebonden stoornissen', 'Substance-related disorders', 0.25, '0,25'),
('ziektelast-per-aandoening',  2, 'Aandachts- en gedragsstoornissen', 'Attention-deficit and disruptive behaviour disorders', 0.07, '0,07'),
('ziektelast-per-aandoening',  3, 'Aanpassingsstoornissen', 'Adjustment disorders', 0.20, '0,20'),
('ziektelast-per-aandoening',  4, 'Angststoornissen', 'Anxiety disorders', 0.48, '0,48'),
('ziektelast-per-aandoening',  5, 'Bipolaire en overige stemmingsstoornissen', 'Bipolar and other mood disorders', 0.34, '0,34'),
('ziektelast-per-aandoening',  6, 'Depressieve stoornissen', 'Depressive disorders', 0.34, '0,34'),
('ziektelast-per-aandoening',  7, 'Persoonlijkheidsstoornissen', 'Personality disorders', 0.12, '0,12'),
('ziektelast-per-aandoening',  8, 'Pervasieve ontwikkelingsstoornissen', 'Pervasive developmental disorders', 0.21, '0,21'),
('ziektelast-per-aandoening',  9, 'Schizofrenie en psychotische stoornissen', 'Schizophrenia and psychotic disorders', 0.51, '0,51'),
('ziektelast-per-aandoening', 10, 'Overige psychische problematiek', 'Other mental health problems', 0.28, '0,28'),

('chroniciteit-per-aandoening', 1, 'Aan middelen gebonden stoornissen', 'Substance-related disorders', 0.30, '0,30'),
('chroniciteit-per-aandoening', 2, 'Aandachts- en gedragsstoornissen', 'Attention-deficit and disruptive behaviour disorders', 0.70, '0,70'),
('chroniciteit-per-aandoening', 3, 'Angststoornissen', 'Anxiety disorders', 0.52, '0,52'),
('chroniciteit-per-aandoening', 4, 'Bipolaire en overige stemmingsstoornissen', 'Bipolar and other mood disorders', 0.64, '0,64'),
('chroniciteit-per-aandoening', 5, 'Depressieve stoornissen', 'Depressive disorders', 0.31, '0,31'),

('verzuimdagen-per-aandoening', 1, 'Aan middelen gebonden stoornissen', 'Substance-related disorders', 26.4, '26,4'),
('verzuimdagen-per-aandoening', 2, 'Aandachts- en gedragsstoornissen', 'Attention-deficit and disruptive behaviour disorders', 31.0, '31,0'),
('verzuimdagen-per-aandoening', 3, 'Angststoornissen', 'Anxiety disorders', 37.4, '37,4'),
('verzuimdagen-per-aandoening', 4, 'Bipolaire en overige stemmingsstoornissen', 'Bipolar and other mood disorders', 64.6, '64,6'),
('verzuimdagen-per-aandoening', 5, 'Depressieve stoornissen', 'Depressive disorders', 56.0, '56,0');

-- ---------------------------------------------------------------------------------------
-- 3. Benefits and mental-health care (Kamerbrief 2019)
-- ---------------------------------------------------------------------------------------
INSERT INTO figure_sets (slug, position, title_nl, title_en, unit_nl, unit_en, note_nl, note_en, source) VALUES
('psychische-zorg-per-uitkering', 7,
 'Gebruik van psychische zorg naar uitkering (2016)',
 'Use of mental-health care by benefit type (2016)',
 '% van de groep dat psychische zorg ontvangt',
 '% of the group receiving mental-health care',
 'CBS-onderzoek over 2016. Psychische zorg: gebruik maken van de ggz en/of van psychofarmaca, op basis van de Zorgverzekeringswet (Zvw). De eerste drie groepen (Nederlanders van 18 tot 74 jaar, werkenden, scholieren/studenten) staan in de tekst van de brief, de overige in de tabel. Arbeidsongeschikt: de arbeidsongeschiktheidsregelingen samen; de brief splitst niet uit naar WIA, WAO of Wajong. Binnen de arbeidsongeschikten: met diagnose psychische aandoeningen 55,0%, met somatische diagnose 28,1%, met somatische diagnose en diagnose psychische aandoeningen 43,2%.',
 'CBS study on 2016. Mental-health care: use of mental-health services (ggz) and/or psychotropic drugs, under the Health Insurance Act (Zvw). The first three groups (Dutch people aged 18 to 74, working people, pupils/students) are in the text of the letter, the others in its table. Disability benefit: the disability schemes together; the letter does not split them into WIA, WAO or Wajong. Within disability benefit: with a diagnosis of mental disorders 55.0%, with a somatic diagnosis 28.1%, with a somatic diagnosis and a diagnosis of mental disorders 43.2%.',
 'Kamerbrief 2019, CBS-onderzoek 2016 (tekst en tabel)'),
('psychische-zorg-bijstandsduur', 8,
 'Gebruik van psychische zorg in de bijstand naar duur (2016)',
 'Use of mental-health care in social assistance by duration (2016)',
 '% van de bijstandsgerechtigden dat psychische zorg ontvangt',
 '% of social-assistance recipients receiving mental-health care',
 'CBS-onderzoek over 2016. Psychische zorg: gebruik maken van de ggz en/of van psychofarmaca, op basis van de Zorgverzekeringswet (Zvw). Bijstand totaal: 28,9%.',
 'CBS study on 2016. Mental-health care: use of mental-health services (ggz) and/or psychotropic drugs, under the Health Insurance Act (Zvw). Social assistance overall: 28.9%.',
 'Kamerbrief 2019, CBS-onderzoek 2016 (tabel)'),
('uitstroom-bijstand-naar-werk', 9,
 'Kans op uitstroom uit de bijstand naar duurzaam werk',
 'Chance of leaving social assistance for lasting work',
 '% kans om uit te stromen',
 '% chance of leaving',
 'SEO-onderzoek Gezondheidsproblemen in WW en bijstand. Gemiddelde kans om uit te stromen uit de bijstand richting duurzaam werk. De brief noemt geen periode waarover de kans geldt.',
 'SEO study on health problems in unemployment benefit (WW) and social assistance. Average chance of leaving social assistance for lasting work. The letter does not state the period the chance applies to.',
 'Kamerbrief 2019, SEO-onderzoek Gezondheidsproblemen in WW en bijstand');

INSERT INTO figures (set_slug, position, label_nl, label_en, value, shown_as) VALUES
('psychische-zorg-per-uitkering', 1, 'Nederlanders van 18 tot 74 jaar', 'Dutch people aged 18 to 74', 12.5, '12,5%'),
('psychische-zorg-per-uitkering', 2, 'Werkenden', 'Working people', 8.9, '8,9%'),
('psychische-zorg-per-uitkering', 3, 'Scholieren/studenten', 'Pupils/students', 9.5, '9,5%'),
('psychische-zorg-per-uitkering', 4, 'Uitkeringsgerechtigden (alle uitkeringen)', 'Benefit recipients (all benefits)', 31.0, '31,0%'),
('psychische-zorg-per-uitkering', 5, 'WW', 'Unemployment benefit (WW)', 13.9, '13,9%'),
('psychische-zorg-per-uitkering', 6, 'Arbeidsongeschikt', 'Disability benefit', 39.7, '39,7%'),
('psychische-zorg-per-uitkering', 7, 'Bijstand', 'Social assistance (bijstand)', 28.9, '28,9%'),
('psychische-zorg-per-uitkering', 8, 'Ziektewet', 'Sickness benefit (Ziektewet)', 42.0, '42,0%'),

('psychische-zorg-bijstandsduur', 1, 'Korter dan 1 jaar', 'Less than 1 year', 25.5, '25,5%'),
('psychische-zorg-bijstandsduur', 2, '1 tot 3 jaar', '1 to 3 years', 28.3, '28,3%'),
('psychische-zorg-bijstandsduur', 3, '3 tot 6 jaar', '3 to 6 years', 28.8, '28,8%'),
('psychische-zorg-bijstandsduur', 4, '6 tot 10 jaar', '6 to 10 years', 29.8, '29,8%'),
('psychische-zorg-bijstandsduur', 5, '10 jaar of langer', '10 years or longer', 35.2, '35,2%'),

('uitstroom-bijstand-naar-werk', 1, 'Zonder gezondheidsproblemen', 'No health problems', 6.7, '6,7%'),
('uitstroom-bijstand-naar-werk', 2, 'Met psychische gezondheidsproblemen', 'With mental health problems', 3.6, '3,6%'),
('uitstroom-bijstand-naar-werk', 3, 'Met psychische en somatische gezondheidsproblemen', 'With both mental and somatic health problems', 2.8, '2,8%');

-- ---------------------------------------------------------------------------------------
-- 4. Work for people with EPA, and what IPS achieves (Trimbos 2015)
-- ---------------------------------------------------------------------------------------
INSERT INTO figure_sets (slug, position, title_nl, title_en, unit_nl, unit_en, note_nl, note_en, source) VALUES
('werk-mensen-met-epa', 10,
 'Werk en werkwens van mensen met ernstige psychische aandoeningen (EPA)',
 'Work and wish to work of people with severe mental illness (EPA)',
 '% van de panelleden, tenzij het label een andere groep noemt',
 '% of panel members, unless the label names another group',
 'Landelijke enquête onder 574 mensen met ernstige psychische aandoeningen die lid zijn van het Panel Psychisch Gezien. Over de werkenden schrijft de bron: "Hiervan heeft 14% een reguliere baan en werkt 4% bij een sociale werkvoorziening. De rest werkt als zelfstandige." CBS-definitie van betaald werk: een baan van minimaal 12 uur per week. Gemiddeld werken de deelnemers 20 uur per week. De algemene beroepsbevolking staat er ter vergelijking bij.',
 'National survey among 574 people with severe mental illness who are members of the Panel Psychisch Gezien. On those who work the source says: "Of these, 14% have a regular job and 4% work in a sheltered workshop. The rest are self-employed." CBS definition of paid work: a job of at least 12 hours a week. On average the participants work 20 hours a week. The general labour force is shown for comparison.',
 'Trimbos 2015, Arbeidsparticipatie; Highlights uit het panel Psychisch Gezien'),
('ips-betaald-werk', 11,
 'Betaald werk gevonden met IPS (Supported Employment)',
 'Paid work found with IPS (Supported Employment)',
 '% van de deelnemers dat betaald werk vindt',
 '% of participants who find paid work',
 'Gemiddelde uit een systematisch literatuuronderzoek van 41 effectstudies (RCT''s); Supported Employment staat in de meeste gevallen gelijk aan IPS. De bron geeft geen percentage voor gewone re-integratie; wel dat Supported Employment effectiever is dan andere arbeidsbegeleidingsmodellen, die op hun beurt effectiever zijn dan alleen reguliere psychiatrische zorg. Aangevuld met interventies gericht op motivatie, arbeidsvaardighedentraining of cognitieve training zijn de effecten van IPS anderhalf keer zo groot.',
 'Average from a systematic literature review of 41 effect studies (RCTs); in most cases Supported Employment is the same as IPS. The source gives no percentage for usual re-integration; it does say Supported Employment is more effective than other vocational models, which in turn are more effective than regular psychiatric care alone. Combined with interventions aimed at motivation, work-skills training or cognitive training, the effects of IPS are one and a half times as large.',
 'Trimbos 2015, Effectieve arbeidsrehabilitatie');

INSERT INTO figures (set_slug, position, label_nl, label_en, value, shown_as) VALUES
('werk-mensen-met-epa', 1, 'Heeft betaald werk', 'Has paid work', 21, '21%'),
('werk-mensen-met-epa', 2, 'Heeft een reguliere baan', 'Has a regular job', 14, '14%'),
('werk-mensen-met-epa', 3, 'Werkt bij een sociale werkvoorziening', 'Works in a sheltered workshop (sociale werkvoorziening)', 4, '4%'),
('werk-mensen-met-epa', 4, 'Heeft betaald werk volgens de CBS-definitie', 'Has paid work by the CBS definition', 19, '19%'),
('werk-mensen-met-epa', 5, 'Algemene beroepsbevolking: betaald werk volgens de CBS-definitie', 'General labour force: paid work by the CBS definition', 66, '66%'),
('werk-mensen-met-epa', 6, 'Wil graag werken (van degenen zonder baan)', 'Would like to work (of those without a job)', 29, '29%'),

('ips-betaald-werk', 1, 'Supported Employment, gemiddeld in effectstudies', 'Supported Employment, average in effect studies', 40, 'ongeveer 40%'),
('ips-betaald-werk', 2, 'IPS in een Nederlandse effectstudie', 'IPS in a Dutch effect study', 44, '44%');

-- ---------------------------------------------------------------------------------------
-- 5. Work as medicine (Factsheet 2018)
-- ---------------------------------------------------------------------------------------
INSERT INTO figure_sets (slug, position, title_nl, title_en, unit_nl, unit_en, note_nl, note_en, source) VALUES
('geluk-door-werk-epa', 12,
 'Toename van geluk bij cliënten met EPA die gingen werken',
 'Increase in happiness among clients with EPA who started working',
 '% toename van de mate van geluk over twee jaar',
 '% increase in happiness over two years',
 'Onderzoek van hoogleraar Lex Burdorf: toename van de mate van geluk over een periode van twee jaar bij cliënten met ernstige psychische aandoeningen (EPA) die betaald werk gingen doen, naar aantal uren werk.',
 'Study by professor Lex Burdorf: increase in happiness over a period of two years among clients with severe mental illness (EPA) who started paid work, by hours of work.',
 'Factsheet 2018, Werk als goede medicijn');

INSERT INTO figures (set_slug, position, label_nl, label_en, value, shown_as) VALUES
('geluk-door-werk-epa', 1, 'Meer dan 32 uur werk', 'More than 32 hours of work', 47, '47%'),
('geluk-door-werk-epa', 2, 'Minder dan 32 uur werk', 'Less than 32 hours of work', 32, '32%');
