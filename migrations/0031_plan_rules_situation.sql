-- Plan rules for more of the situation (issue 14): a partial return opens relapse prevention
-- now, a waiting list for treatment is no reason to wait with work, and an employee with a
-- severe mental illness needs support to keep the job. Same columns and checks as 0012.

-- Working part of the hours again while still on sick leave: SHARP-at-work's relapse prevention
-- is for the return itself (Panteia 2021, 4.7: "problemen en kansen op het werk bij terugkeer");
-- responsibilities and workload are built up slowly, not only the hours (3.1.2). The at-return
-- step (rule 5) stays for those who do not work yet.
UPDATE plan_rules SET condition = 'work_situation=sick_leave partial_return=no,unknown'
 WHERE id = 5;

INSERT INTO plan_rules (position, phase, slugs, requires, condition, opens, text_nl, text_en, source) VALUES
    (45, 'now', 'sharp-at-work', 'sharp-at-work',
     'work_situation=sick_leave partial_return=yes', NULL,
     'De cliënt werkt al deels weer: begin nu met terugvalpreventie. Met SHARP-at-work inventariseert de werknemer problemen en kansen op het werk bij de terugkeer en maakt met bedrijfsarts en leidinggevende een actieplan. Bouw ook verantwoordelijkheden en werkdruk langzaam op, niet alleen de uren.',
     'The client already works part of the hours again: start relapse prevention now. With SHARP-at-work the employee lists problems and chances at work on returning and makes an action plan with the occupational physician and the supervisor. Build up responsibilities and workload slowly too, not only the hours.',
     'Panteia 2021, 4.7, 3.1.2'),
    (25, 'now', '', '',
     'barriers=waiting_list', NULL,
     'Lange wachtlijsten voor psychologische behandeling en diagnose kunnen het herstel en daarmee de terugkeer naar werk belemmeren. Wacht met werk niet tot de behandeling begint of de klachten verholpen zijn.',
     'Long waiting lists for psychological treatment and diagnosis can hinder recovery and so the return to work. Do not wait with work until treatment starts or the complaints are gone.',
     'Panteia 2021, 3.1.4; Samenwerken 2017, 1.8'),
    (35, 'alongside', 'jobcoaching coral', '',
     'severity=epa work_situation=sick_leave,back_at_work', NULL,
     'Werk behouden met een ernstige psychische aandoening: mensen met een EPA ervaren bij werkbehoud vaak te weinig steun van de werkgever bij flexibiliteit in werkuren en werkomgeving, bij begeleiding en coaching en bij het monitoren van hun gezondheid; en het is voor werknemers een dilemma in hoeverre ze hun klachten met de werkgever delen. Een jobcoach kan ook werkgever en collega''s begeleiden; Coral helpt bij de afweging om te vertellen of te verzwijgen.',
     'Keeping a job with a severe mental illness: people with EPA often get too little support from the employer in keeping their job, with flexible working hours and workplace, guidance and coaching, and monitoring of their health; and for employees it is a dilemma how much of their complaints to share with the employer. A job coach can also guide the employer and colleagues; Coral helps to weigh whether to tell or to conceal.',
     'Panteia 2021, 3.2.1; Samenwerken 2017, 3.3, 3.6');
