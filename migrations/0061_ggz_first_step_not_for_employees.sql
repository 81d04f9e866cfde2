-- Plan rule 1 ("Behandeling in de GGZ ... Zodra de cliënt in behandeling is, komt IPS in beeld.
-- Tot die tijd is begeleid werken wellicht een goed alternatief.", Samenwerken 2017, 4.5) held
-- for every EPA client without GGZ treatment who wants paid work, employees included. Since 0057
-- IPS is excluded for an employee on sick leave, as it was (0003) for someone back at work, so the
-- same page promised IPS "once in treatment" while listing it as not fitting (found in review).
-- The step's reason is IPS, which the seeds describe for people without work or on a benefit
-- (Panteia 2021, 4.1 tabel 6 and 4.2), as they do begeleid werken (Panteia 2021, 4.7): the rule
-- now holds only outside employment. (0059 is not used.) A condition an administrator changed
-- since is left as it is.

UPDATE plan_rules SET
    condition = 'severity=epa,unknown mental_health_care=none,waiting_list work_wish=paid_work_now,paid_work_later work_situation=sickness_benefit,wga,iva,ww,bijstand,wajong,no_benefit'
WHERE id = 1
  AND condition = 'severity=epa,unknown mental_health_care=none,waiting_list work_wish=paid_work_now,paid_work_later';
