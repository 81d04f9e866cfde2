-- Plan rule 5 (phase at_return) names SHARP-at-work for an employee on sick leave, while the
-- same advice lists SHARP-at-work as not fitting now (it needs someone back at work, 0003). A
-- coach read that as a contradiction. The step now says that it is for later, at the return to
-- work, and why it does not fit yet; the facts are those of the seed, Panteia 2021, 4.7: SHARP-
-- at-work "is gericht op uitvalpreventie van werknemers die in het verleden zijn uitgevallen met
-- CMD's" with a five-step plan in which employees "een inventarisatie maken van problemen en
-- kansen op het werk bij terugkeer" and work it out with the bedrijfsarts and the supervisor.
-- A text an administrator changed since is left as it is.

UPDATE plan_rules SET
    text_nl = 'Voor later, niet voor nu: dit programma is terugvalpreventie voor werkenden die na verzuim weer aan het werk zijn, en past daarom pas als de cliënt het werk hervat. Bij de terugkeer brengt de werknemer problemen en kansen op het werk in kaart en maakt met de bedrijfsarts en de leidinggevende een actieplan.'
WHERE id = 5 AND text_nl = 'Dit programma richt zich op terugvalpreventie bij werkenden die na verzuim weer aan het werk zijn.';

UPDATE plan_rules SET
    text_en = 'For later, not for now: this programme is relapse prevention for people back at work after absence, so it fits only once the client returns to work. On returning, the employee lists problems and chances at work and makes an action plan with the occupational physician and the supervisor.'
WHERE id = 5 AND text_en = 'This programme aims at preventing relapse in people back at work after absence.';
