//! The names of the questionnaire's questions and answers and their help, and the names of
//! the knowledge base's terms. `web::labels` picks the text of a code from these groups.

texts! {
    /// The questions as the questionnaire asks them, one per question code.
    QuestionTexts {
        severity: (
            "Ernst van de psychische problematiek",
            "Severity of the mental-health problems",
        ),
        work_situation: ("Werksituatie en uitkering", "Work situation and benefit"),
        disorder: ("Categorie van de aandoening", "Disorder category"),
        absence_duration: (
            "Hoe lang is de cliënt uit het werk?",
            "How long has the client been out of work?",
        ),
        mental_health_care: ("Behandeling in de GGZ", "Treatment in mental-health care (GGZ)"),
        work_wish: ("Wens om (weer) betaald te werken", "Wish to do paid work (again)"),
        self_efficacy: (
            "Vertrouwen om (weer) aan het werk te gaan",
            "Confidence in (returning to) work",
        ),
        lacks_fitness_or_structure: (
            "Mist fitheid of dagstructuur",
            "Lacks fitness or daily structure",
        ),
        multiple_problems: (
            "Heeft naast de psychische ook andere problemen (schulden, huisvesting, gezin)",
            "Has other problems besides the mental ones (debts, housing, family)",
        ),
        has_occupational_physician: (
            "Heeft een bedrijfsarts",
            "Has an occupational physician (bedrijfsarts)",
        ),
        prefers_no_online: (
            "Kan of wil geen online programma volgen",
            "Cannot or will not follow an online programme",
        ),
        prefers_no_group: (
            "Kan of wil niet in een groep werken",
            "Cannot or will not take part in a group",
        ),
        insurance: (
            "Hoe is de (voormalig) werkgever verzekerd voor Ziektewet en WGA?",
            "How is the (former) employer insured for sickness benefit and WGA?",
        ),
        employment_contract: (
            "Heeft de cliënt (nog) een dienstverband bij een werkgever?",
            "Does the client (still) have an employment contract with an employer?",
        ),
        target_group_register: (
            "Staat de cliënt in het doelgroepregister (Wet banenafspraak)?",
            "Is the client in the target group register (Wet banenafspraak)?",
        ),
        partial_return: (
            "Werkt de cliënt al weer een deel van de uren (gedeeltelijke werkhervatting)?",
            "Does the client already work part of the hours again (partial return)?",
        ),
        own_job_feasible: (
            "Is terugkeer in de eigen functie haalbaar?",
            "Is a return to the own job feasible?",
        ),
        barriers: ("Belemmeringen", "Barriers"),
    }
}

texts! {
    /// The short help under a question that has one, by question code.
    HelpTexts {
        severity: (
            "CMD: veelvoorkomende klachten zoals stress, burn-out, lichte depressie of angst. EPA: een \
             ernstige psychische aandoening die lang duurt. Twijfelt u? Kies 'Weet ik niet'.",
            "CMD: common complaints such as stress, burn-out, mild depression or anxiety. EPA: a severe \
             mental illness that lasts long. Unsure? Choose 'Don't know'.",
        ),
        work_situation: (
            "Kies de situatie van nu: in dienst, met een uitkering of zonder werk en uitkering.",
            "Choose the situation now: employed, on a benefit, or without work or benefit.",
        ),
        disorder: (
            "Niet verplicht: de diagnose alleen bepaalt de route niet.",
            "Not required: the diagnosis alone does not decide the route.",
        ),
        mental_health_care: (
            "GGZ: geestelijke gezondheidszorg, bijvoorbeeld een FACT-team: hulpverleners van verschillende \
             vakken die mensen met EPA in hun eigen omgeving behandelen.",
            "GGZ: mental-health care, for example a FACT team: professionals of several disciplines who \
             treat people with EPA in their own surroundings.",
        ),
        self_efficacy: (
            "Vertrouwen in eigen kunnen: hoeveel vertrouwen de cliënt zelf heeft dat terugkeer naar werk lukt.",
            "Confidence in one's own ability: how confident the client is that returning to work will succeed.",
        ),
        has_occupational_physician: (
            "Een bedrijfsarts is een arts die werkgever en werknemer adviseert over verzuim en re-integratie.",
            "An occupational physician (bedrijfsarts) advises employer and employee on sickness absence \
             and return to work.",
        ),
        insurance: (
            "Alleen van belang bij de Ziektewet en de WGA: dit bepaalt wie verantwoordelijk is voor de \
             re-integratie. Bij twijfel: 'Weet ik niet'.",
            "Only matters for sickness benefit (Ziektewet) and WGA: it decides who is responsible for \
             re-integration. If unsure: 'Don't know'.",
        ),
        employment_contract: (
            "Panteia (2021, 1.1) onderscheidt de route naar het dienstverband; ook wie een WGA-uitkering \
             heeft, kan nog bij een werkgever werken.",
            "Panteia (2021, 1.1) distinguishes the route by the employment contract; a client with a WGA \
             benefit may still work for an employer.",
        ),
        target_group_register: (
            "Het doelgroepregister van de Wet banenafspraak opent voor werkgevers instrumenten zoals \
             loonkostensubsidie, no-riskpolis en jobcoaching (Samenwerken 2017, 4.1).",
            "The target group register of the Wet banenafspraak opens employer instruments such as wage \
             cost subsidy, the no-risk policy and job coaching (Samenwerken 2017, 4.1).",
        ),
        partial_return: (
            "Alleen bij ziekteverzuim: de cliënt is nog ziek gemeld, maar werkt al weer een deel van de \
             uren.",
            "Only for sick leave: the client is still on sick leave but already works part of the hours \
             again.",
        ),
        own_job_feasible: (
            "Alleen voor wie een eigen baan heeft. Soms helpt beginnen met ander (passend) werk in plaats \
             van de eigen functie (Panteia 2021, 3.1.2).",
            "Only for someone with a job of their own. Sometimes it helps to start with other (suitable) \
             work instead of the own job (Panteia 2021, 3.1.2).",
        ),
        barriers: (
            "Kruis aan wat speelt; alles is optioneel. Ontleend aan de belemmeringen die Panteia (2021) \
             beschrijft.",
            "Tick what applies; everything is optional. Taken from the barriers Panteia (2021) describes.",
        ),
    }
}

texts! {
    /// More about a question, behind "Meer uitleg", by question code.
    HelpMoreTexts {
        severity: (
            "CMD (common mental disorders): veelvoorkomende klachten zoals stress, overspanning, burn-out, \
             aanpassingsstoornis en lichte tot matige depressie of angst; meestal tijdelijk. EPA (ernstige \
             psychische aandoening): een psychiatrische stoornis met ernstige beperkingen in het sociaal \
             functioneren die langdurig is (in de regel twee jaar of langer), zoals schizofrenie of een \
             bipolaire stoornis. Drie niveaus van ernst: (1) licht tot matig, vaak herstel zonder GGZ; \
             (2) matig tot ernstig, behandeling vaak nodig; (3) ernstig tot zeer ernstig, GGZ-behandeling \
             noodzakelijk. CMD en EPA overlappen en de ernst wisselt.",
            "CMD (common mental disorders): frequent complaints such as stress, burn-out, adjustment \
             disorder and mild to moderate depression or anxiety; usually passing. EPA (severe mental \
             illness): a psychiatric disorder with severe limitations in social functioning that lasts \
             long (as a rule two years or more), such as schizophrenia or bipolar disorder. Three levels \
             of severity: (1) light to moderate, often recovery without mental-health care; (2) moderate \
             to severe, treatment often needed; (3) severe to very severe, mental-health treatment \
             necessary. CMD and EPA overlap and severity varies.",
        ),
        work_situation: (
            "Ziekteverzuim: in dienst, het loon wordt doorbetaald (max. 104 weken), met bedrijfsarts. \
             Ziektewet: ziek zonder werkgever (vangnet). WGA: na 2 jaar of langer ziek, kan in de toekomst \
             weer (meer) werken en verdient daarmee 65% of minder van het oude loon. IVA: verdient 20% of minder \
             van het oude loon, vrijwel zeker blijvend; volledig en duurzaam arbeidsongeschikt (Panteia 2021, \
             voetnoot 1). WW: werkloosheidsuitkering. Bijstand: Participatiewet, via de gemeente. Wajong: \
             arbeidsongeschikt als jongere.",
            "Sick leave: employed, the employer continues to pay wages (up to 104 weeks), with an \
             occupational physician. Sickness benefit (Ziektewet): sick without an employer. WGA: sick for 2 years or \
             longer, can work (more) again in the future and earns 65% or less of the former wage with it. IVA: \
             earns 20% or less of the former wage, almost certainly for good; fully and permanently disabled \
             (Panteia 2021, footnote 1). WW: unemployment benefit. Bijstand: social assistance from the \
             municipality. Wajong: disabled as a young person.",
        ),
        insurance: (
            "Bij de Ziektewet en de WGA kiest de werkgever tussen een publieke verzekering via UWV en \
             eigenrisicodragerschap (vaak met een private verzekeraar). Dat bepaalt wie verantwoordelijk \
             is voor de re-integratie (Panteia 2021, 1.1). Kiest u 'Weet ik niet', dan zegt het advies \
             wat u nog moet nagaan.",
            "For sickness benefit (Ziektewet) and WGA the employer chooses between public insurance \
             through UWV and carrying the risk itself as eigenrisicodrager (often with a private \
             insurer). That decides who is responsible for re-integration (Panteia 2021, 1.1). If you \
             choose 'Don't know', the advice says what to check.",
        ),
        partial_return: (
            "Uren, taken en werkdruk stap voor stap opbouwen helpt (Panteia 2021, 3.1.2).",
            "Building up hours, tasks and workload step by step helps (Panteia 2021, 3.1.2).",
        ),
    }
}

texts! {
    /// The names of the answers: `question_code` (or the shared unknown/yes/no).
    AnswerTexts {
        unknown: ("Weet ik niet / niet beantwoord", "Don't know / not answered"),
        yes: ("Ja", "Yes"),
        no: ("Nee", "No"),
        insurance_public: ("Publiek verzekerd (via UWV)", "Publicly insured (through UWV)"),
        insurance_eigenrisicodrager: (
            "Eigenrisicodrager (vaak met een private verzekeraar)",
            "Eigenrisicodrager: carries the risk itself (often with a private insurer)",
        ),
        severity_cmd: ("CMD: veelvoorkomende psychische klachten", "CMD: common mental disorder"),
        severity_epa: ("EPA: ernstige psychische aandoening", "EPA: severe mental illness"),
        work_situation_sick_leave: ("In dienst, ziek gemeld (verzuim)", "Employed, on sick leave"),
        work_situation_back_at_work: (
            "In dienst en weer aan het werk na psychisch verzuim",
            "Employed and working again after mental-health absence",
        ),
        work_situation_sickness_benefit: (
            "Ziektewet, zonder werkgever",
            "Sickness benefit, no employer",
        ),
        work_situation_wga: ("WIA: WGA-uitkering", "WIA: WGA benefit"),
        work_situation_iva: ("WIA: IVA-uitkering", "WIA: IVA benefit"),
        work_situation_ww: ("WW-uitkering", "Unemployment benefit (WW)"),
        work_situation_bijstand: ("Bijstand (Participatiewet)", "Social assistance (bijstand)"),
        work_situation_wajong: ("Wajong-uitkering", "Wajong benefit"),
        work_situation_no_benefit: ("Geen werk en geen uitkering", "Not working, no benefit"),
        disorder_substance: ("Middelengerelateerde stoornissen", "Substance-related disorders"),
        disorder_adhd: (
            "Aandachtstekort- en gedragsstoornissen (ADHD)",
            "Attention and behaviour (ADHD)",
        ),
        disorder_adjustment: (
            "Aanpassingsstoornissen (ook burn-out, overspanning)",
            "Adjustment disorders (incl. burn-out)",
        ),
        disorder_anxiety: ("Angststoornissen", "Anxiety disorders"),
        disorder_bipolar: (
            "Bipolaire en andere stemmingsstoornissen",
            "Bipolar and other mood disorders",
        ),
        disorder_depression: ("Depressieve stoornissen", "Depressive disorders"),
        disorder_eating: ("Eetstoornissen", "Eating disorders"),
        disorder_personality: ("Persoonlijkheidsstoornissen", "Personality disorders"),
        disorder_autism: (
            "Pervasieve ontwikkelingsstoornissen (autisme)",
            "Pervasive developmental disorders (autism)",
        ),
        disorder_psychotic: (
            "Schizofrenie en andere psychotische stoornissen",
            "Schizophrenia and other psychotic disorders",
        ),
        disorder_other_disorder: ("Andere stoornis", "Other disorder"),
        disorder_other_problems: (
            "Andere psychische problemen, geen stoornis",
            "Other mental problems, not a disorder",
        ),
        absence_duration_none: ("Niet uit het werk", "Not out of work"),
        absence_duration_under_6_weeks: ("Korter dan 6 weken", "Less than 6 weeks"),
        absence_duration_6_weeks_to_3_months: ("6 weken tot 3 maanden", "6 weeks to 3 months"),
        absence_duration_3_to_12_months: ("3 tot 12 maanden", "3 to 12 months"),
        absence_duration_1_to_2_years: ("1 tot 2 jaar", "1 to 2 years"),
        absence_duration_over_2_years: ("Langer dan 2 jaar", "More than 2 years"),
        mental_health_care_in_treatment: ("In behandeling", "In treatment"),
        mental_health_care_waiting_list: ("Op de wachtlijst", "On the waiting list"),
        mental_health_care_none: ("Niet in behandeling", "Not in treatment"),
        work_wish_paid_work_now: ("Wil nu betaald werk", "Wants paid work now"),
        work_wish_paid_work_later: ("Wil later betaald werk", "Wants paid work later"),
        work_wish_unsure: ("Weet het nog niet", "Not sure yet"),
        work_wish_not_now: ("Nu geen betaald werk", "No paid work for now"),
        self_efficacy_high: ("Hoog", "High"),
        self_efficacy_medium: ("Gemiddeld", "Medium"),
        self_efficacy_low: ("Laag", "Low"),
    }
}

texts! {
    /// The names of the barriers, by code.
    BarrierTexts {
        returning_too_fast: ("Te snel terugkeren", "Returning too fast"),
        unfitting_work: (
            "Werkinhoud past niet (taken, werkdruk, uren)",
            "Work content does not fit (tasks, pressure, hours)",
        ),
        no_adjustments: (
            "Geen structurele aanpassingen op het werk",
            "No structural workplace adjustments",
        ),
        poor_supervision: (
            "Onvoldoende of niet passende begeleiding door de leidinggevende",
            "Insufficient or unfitting supervision by the manager",
        ),
        no_colleague_support: (
            "Gebrek aan steun en begrip van collega's",
            "Lack of support and understanding from colleagues",
        ),
        stigma_at_work: (
            "Onbegrip, stigma of uitsluiting op het werk",
            "Lack of understanding, stigma or exclusion at work",
        ),
        performance_pressure: ("Prestatiedruk", "Performance pressure"),
        employer_prejudice: (
            "Onbekendheid en vooroordelen bij werkgevers",
            "Unfamiliarity and prejudice of employers",
        ),
        low_motivation: ("Weinig motivatie om terug te keren", "Low motivation to return"),
        fear_of_return: (
            "Onzekerheid en angst om terug te keren, angst voor negatieve reacties",
            "Uncertainty and fear of returning, fear of negative reactions",
        ),
        shame_guilt: ("Schaamte of schuldgevoel", "Shame or guilt"),
        coping_with_demands: (
            "Moeite met de eisen van werk (uitputting, concentratie, grenzen, perfectionisme)",
            "Trouble coping with work demands (exhaustion, concentration, boundaries, perfectionism)",
        ),
        physical_complaints: ("Bijkomende lichamelijke klachten", "Additional physical complaints"),
        private_stress: ("Stress in de privésituatie", "Stress in private life"),
        no_support_from_relatives: ("Onbegrip van naasten", "Lack of understanding from relatives"),
        limited_capacity: ("Beperkte belastbaarheid", "Limited capacity"),
        self_stigma: ("Zelfstigma, persoonlijke drempels", "Self-stigma, personal thresholds"),
        no_long_term_goals: ("Geen doelen op lange termijn", "No long-term goals"),
        lacks_qualifications: ("Gebrek aan opleiding of diploma's", "Lack of qualifications"),
        waiting_list: (
            "Lange wachtlijst voor behandeling of diagnose",
            "Long waiting list for treatment or diagnosis",
        ),
        financial_disincentives: (
            "Financiële drempels (armoedeval, gedoe met uitkering)",
            "Financial disincentives (poverty trap, benefit hassle)",
        ),
        flexible_labour_market: ("Flexibele arbeidsmarkt", "Flexible labour market"),
    }
}

texts! {
    /// Names of barrier groups (`group_*`), intervention content fields (`field_*`), guidance kinds (`guidance_*`) and rule effects (`effect_*`).
    TermTexts {
        group_work_situation: (
            "Belemmeringen in de werksituatie",
            "Barriers in the work situation",
        ),
        group_person: ("Belemmeringen in de persoon", "Barriers in the person"),
        group_other: ("Overige belemmeringen", "Other barriers"),
        field_summary: ("Samenvatting", "Summary"),
        field_goal: ("Doel", "Goal"),
        field_target_group: ("Doelgroep", "Target group"),
        field_work_situation: ("Werksituatie", "Work situation"),
        field_approach: ("Aanpak", "Approach"),
        field_delivered_by: ("Uitgevoerd door", "Delivered by"),
        field_duration: ("Duur en intensiteit", "Duration and intensity"),
        field_active_elements: ("Werkzame elementen", "Active elements"),
        field_conditions: ("Voorwaarden voor effectiviteit", "Conditions for effectiveness"),
        field_results: ("Resultaten uit onderzoek", "Research results"),
        field_cost: ("Kosten en financiering", "Cost and funding"),
        field_evidence: ("Onderbouwing", "Evidence"),
        guidance_individual: ("Individuele begeleiding", "Individual guidance"),
        guidance_workplace: ("Begeleiding op de werkplek", "Guidance at the workplace"),
        guidance_both: ("Individueel en op de werkplek", "Individual and at the workplace"),
        effect_require: ("Vereist", "Requires"),
        effect_exclude: ("Sluit uit", "Excludes"),
        effect_fit: ("Past", "Fits"),
        effect_caution: ("Let op", "Caution"),
    }
}
