-- Plan rules 1 and 5 began with their own phase ("Eerst behandeling ...", "Bij de werkhervatting:
-- SHARP-at-work ..."), which the plan already prints before each step, so a coach read
-- "Eerst: Eerst behandeling" and "Bij de werkhervatting (SHARP-at-work): Bij de werkhervatting:
-- SHARP-at-work ...". Same facts and sources, without the repeated phase or name. A text an
-- administrator changed since is left as it is.

UPDATE plan_rules SET
    text_nl = 'Behandeling in de GGZ. IPS kan niet los van de GGZ worden toegepast, want IPS combineert behandeling en arbeidstoeleiding. Zodra de cliënt in behandeling is, komt IPS in beeld. Tot die tijd is begeleid werken (supported employment) wellicht een goed alternatief.'
WHERE id = 1 AND text_nl = 'Eerst behandeling in de GGZ: IPS kan niet los van de GGZ worden toegepast, want IPS combineert behandeling en arbeidstoeleiding. Zodra de cliënt in behandeling is, komt IPS in beeld. Tot die tijd is begeleid werken (supported employment) wellicht een goed alternatief.';

UPDATE plan_rules SET
    text_en = 'Treatment in mental-health care (GGZ). IPS cannot be applied apart from the GGZ, as it combines treatment and guidance to work. Once the client is in treatment, IPS comes into view. Until then supported employment may be a good alternative.'
WHERE id = 1 AND text_en = 'First treatment in mental-health care (GGZ): IPS cannot be applied apart from the GGZ, as it combines treatment and guidance to work. Once the client is in treatment, IPS comes into view. Until then supported employment may be a good alternative.';

UPDATE plan_rules SET
    text_nl = 'Dit programma richt zich op terugvalpreventie bij werkenden die na verzuim weer aan het werk zijn.'
WHERE id = 5 AND text_nl = 'Bij de werkhervatting: SHARP-at-work richt zich op terugvalpreventie bij werkenden die na verzuim weer aan het werk zijn.';

UPDATE plan_rules SET
    text_en = 'This programme aims at preventing relapse in people back at work after absence.'
WHERE id = 5 AND text_en = 'At the return to work: SHARP-at-work aims at preventing relapse in people back at work after absence.';
