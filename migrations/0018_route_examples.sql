-- The example clients answer the route questions where their story does: employees on sick
-- leave or back at work have an employment contract; the WGA client's benefit comes from UWV
-- (public insurance). The IPS cost text speaks of the UWV subsidy of 2017-2021 in the past
-- tense: a scheme whose period has passed is not presented as current.

UPDATE examples SET profile = profile || '&employment_contract=yes'
 WHERE profile LIKE '%work_situation=sick_leave%' OR profile LIKE '%work_situation=back_at_work%';

UPDATE examples SET profile = profile || '&insurance=public'
 WHERE slug = 'wga-schaamte-zelfstigma';

UPDATE intervention_texts
   SET text_nl = replace(text_nl, 'UWV subsidieert vanaf 2017 vijf jaar lang jaarlijks maximaal 500 IPS-trajecten',
                         'UWV subsidieerde volgens de bron vanaf 2017 vijf jaar lang jaarlijks maximaal 500 IPS-trajecten'),
       text_en = replace(text_en, 'From 2017, for five years, UWV subsidises up to 500 IPS trajectories',
                         'According to the source, from 2017, for five years, UWV subsidised up to 500 IPS trajectories')
 WHERE intervention_slug = 'ips' AND field = 'cost';
