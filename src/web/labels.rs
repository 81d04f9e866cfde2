//! How the questionnaire names its questions and answers, in Dutch and English, with the
//! short help texts that explain the terms. The codes themselves live in `domain::profile`.

use crate::domain::lang::Lang;
use crate::domain::profile::{BarrierGroup, Dimension};

type Pair = (&'static str, &'static str);

fn pick((nl, en): Pair, lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

/// The question as the questionnaire asks it.
pub fn question(dimension: Dimension, lang: Lang) -> &'static str {
    use Dimension::*;
    pick(
        match dimension {
            Severity => (
                "Ernst van de psychische problematiek",
                "Severity of the mental-health problems",
            ),
            WorkSituation => ("Werksituatie en uitkering", "Work situation and benefit"),
            Disorder => ("Categorie van de aandoening", "Disorder category"),
            AbsenceDuration => (
                "Hoe lang is de cliënt uit het werk?",
                "How long has the client been out of work?",
            ),
            MentalHealthCare => (
                "Behandeling in de GGZ",
                "Treatment in mental-health care (GGZ)",
            ),
            WorkWish => (
                "Wens om (weer) betaald te werken",
                "Wish to do paid work (again)",
            ),
            SelfEfficacy => (
                "Vertrouwen om (weer) aan het werk te gaan",
                "Confidence in (returning to) work",
            ),
            LacksFitnessOrStructure => (
                "Mist fitheid of dagstructuur",
                "Lacks fitness or daily structure",
            ),
            MultipleProblems => (
                "Heeft naast de psychische ook andere problemen (schulden, huisvesting, gezin)",
                "Has other problems besides the mental ones (debts, housing, family)",
            ),
            HasOccupationalPhysician => (
                "Heeft een bedrijfsarts",
                "Has an occupational physician (bedrijfsarts)",
            ),
            PrefersNoOnline => (
                "Kan of wil geen online programma volgen",
                "Cannot or will not follow an online programme",
            ),
            PrefersNoGroup => (
                "Kan of wil niet in een groep werken",
                "Cannot or will not take part in a group",
            ),
            Insurance => (
                "Hoe is de (voormalig) werkgever verzekerd voor Ziektewet en WGA?",
                "How is the (former) employer insured for sickness benefit and WGA?",
            ),
            EmploymentContract => (
                "Heeft de cliënt (nog) een dienstverband bij een werkgever?",
                "Does the client (still) have an employment contract with an employer?",
            ),
            TargetGroupRegister => (
                "Staat de cliënt in het doelgroepregister (Wet banenafspraak)?",
                "Is the client in the target group register (Wet banenafspraak)?",
            ),
            PartialReturn => (
                "Werkt de cliënt al weer een deel van de uren (gedeeltelijke werkhervatting)?",
                "Does the client already work part of the hours again (partial return)?",
            ),
            OwnJobFeasible => (
                "Is terugkeer in de eigen functie haalbaar?",
                "Is a return to the own job feasible?",
            ),
            Barriers => ("Belemmeringen", "Barriers"),
        },
        lang,
    )
}

/// A short explanation of the terms in a question; `None` where the question speaks for itself.
pub fn help(dimension: Dimension, lang: Lang) -> Option<&'static str> {
    use Dimension::*;
    let text = match dimension {
        Severity => (
            "CMD: veelvoorkomende klachten zoals stress, burn-out, lichte depressie of angst. EPA: een \
             ernstige psychische aandoening die lang duurt. Twijfelt u? Kies 'Weet ik niet'.",
            "CMD: common complaints such as stress, burn-out, mild depression or anxiety. EPA: a severe \
             mental illness that lasts long. Unsure? Choose 'Don't know'.",
        ),
        WorkSituation => (
            "Kies de situatie van nu: in dienst, met een uitkering of zonder werk en uitkering.",
            "Choose the situation now: employed, on a benefit, or without work or benefit.",
        ),
        Disorder => (
            "Niet verplicht: de diagnose alleen bepaalt de route niet.",
            "Not required: the diagnosis alone does not decide the route.",
        ),
        MentalHealthCare => (
            "GGZ: geestelijke gezondheidszorg, bijvoorbeeld een FACT-team: hulpverleners van verschillende \
             vakken die mensen met EPA in hun eigen omgeving behandelen.",
            "GGZ: mental-health care, for example a FACT team: professionals of several disciplines who \
             treat people with EPA in their own surroundings.",
        ),
        SelfEfficacy => (
            "Vertrouwen in eigen kunnen: hoeveel vertrouwen de cliënt zelf heeft dat terugkeer naar werk lukt.",
            "Confidence in one's own ability: how confident the client is that returning to work will succeed.",
        ),
        HasOccupationalPhysician => (
            "Een bedrijfsarts is een arts die werkgever en werknemer adviseert over verzuim en re-integratie.",
            "An occupational physician (bedrijfsarts) advises employer and employee on sickness absence \
             and return to work.",
        ),
        Insurance => (
            "Alleen van belang bij de Ziektewet en de WGA: dit bepaalt wie verantwoordelijk is voor de \
             re-integratie. Bij twijfel: 'Weet ik niet'.",
            "Only matters for sickness benefit (Ziektewet) and WGA: it decides who is responsible for \
             re-integration. If unsure: 'Don't know'.",
        ),
        EmploymentContract => (
            "Panteia (2021, 1.1) onderscheidt de route naar het dienstverband; ook wie een WGA-uitkering \
             heeft, kan nog bij een werkgever werken.",
            "Panteia (2021, 1.1) distinguishes the route by the employment contract; a client with a WGA \
             benefit may still work for an employer.",
        ),
        TargetGroupRegister => (
            "Het doelgroepregister van de Wet banenafspraak opent voor werkgevers instrumenten zoals \
             loonkostensubsidie, no-riskpolis en jobcoaching (Samenwerken 2017, 4.1).",
            "The target group register of the Wet banenafspraak opens employer instruments such as wage \
             cost subsidy, the no-risk policy and job coaching (Samenwerken 2017, 4.1).",
        ),
        PartialReturn => (
            "Alleen bij ziekteverzuim: de cliënt is nog ziek gemeld, maar werkt al weer een deel van de \
             uren.",
            "Only for sick leave: the client is still on sick leave but already works part of the hours \
             again.",
        ),
        OwnJobFeasible => (
            "Alleen voor wie een eigen baan heeft. Soms helpt beginnen met ander (passend) werk in plaats \
             van de eigen functie (Panteia 2021, 3.1.2).",
            "Only for someone with a job of their own. Sometimes it helps to start with other (suitable) \
             work instead of the own job (Panteia 2021, 3.1.2).",
        ),
        Barriers => (
            "Kruis aan wat speelt; alles is optioneel. Ontleend aan de belemmeringen die Panteia (2021) \
             beschrijft.",
            "Tick what applies; everything is optional. Taken from the barriers Panteia (2021) describes.",
        ),
        _ => return None,
    };
    Some(pick(text, lang))
}

/// More about a question, behind "Meer uitleg" under its short hint; `None` where the hint
/// says enough.
pub fn help_more(dimension: Dimension, lang: Lang) -> Option<&'static str> {
    use Dimension::*;
    let text = match dimension {
        Severity => (
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
        WorkSituation => (
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
        Insurance => (
            "Bij de Ziektewet en de WGA kiest de werkgever tussen een publieke verzekering via UWV en \
             eigenrisicodragerschap (vaak met een private verzekeraar). Dat bepaalt wie verantwoordelijk \
             is voor de re-integratie (Panteia 2021, 1.1). Kiest u 'Weet ik niet', dan zegt het advies \
             wat u nog moet nagaan.",
            "For sickness benefit (Ziektewet) and WGA the employer chooses between public insurance \
             through UWV and carrying the risk itself as eigenrisicodrager (often with a private \
             insurer). That decides who is responsible for re-integration (Panteia 2021, 1.1). If you \
             choose 'Don't know', the advice says what to check.",
        ),
        PartialReturn => (
            "Uren, taken en werkdruk stap voor stap opbouwen helpt (Panteia 2021, 3.1.2).",
            "Building up hours, tasks and workload step by step helps (Panteia 2021, 3.1.2).",
        ),
        _ => return None,
    };
    Some(pick(text, lang))
}

/// The name of one answer.
pub fn value(dimension: Dimension, code: &str, lang: Lang) -> &'static str {
    use Dimension::*;
    let pair: Pair = match (dimension, code) {
        (_, "unknown") => (
            "Weet ik niet / niet beantwoord",
            "Don't know / not answered",
        ),
        (_, "yes") => ("Ja", "Yes"),
        (_, "no") => ("Nee", "No"),
        (Insurance, "public") => (
            "Publiek verzekerd (via UWV)",
            "Publicly insured (through UWV)",
        ),
        (Insurance, "eigenrisicodrager") => (
            "Eigenrisicodrager (vaak met een private verzekeraar)",
            "Eigenrisicodrager: carries the risk itself (often with a private insurer)",
        ),
        (Severity, "cmd") => (
            "CMD: veelvoorkomende psychische klachten",
            "CMD: common mental disorder",
        ),
        (Severity, "epa") => (
            "EPA: ernstige psychische aandoening",
            "EPA: severe mental illness",
        ),
        (WorkSituation, "sick_leave") => (
            "In dienst, ziek gemeld (verzuim)",
            "Employed, on sick leave",
        ),
        (WorkSituation, "back_at_work") => (
            "In dienst en weer aan het werk na psychisch verzuim",
            "Employed and working again after mental-health absence",
        ),
        (WorkSituation, "sickness_benefit") => (
            "Ziektewet, zonder werkgever",
            "Sickness benefit, no employer",
        ),
        (WorkSituation, "wga") => ("WIA: WGA-uitkering", "WIA: WGA benefit"),
        (WorkSituation, "iva") => ("WIA: IVA-uitkering", "WIA: IVA benefit"),
        (WorkSituation, "ww") => ("WW-uitkering", "Unemployment benefit (WW)"),
        (WorkSituation, "bijstand") => {
            ("Bijstand (Participatiewet)", "Social assistance (bijstand)")
        }
        (WorkSituation, "wajong") => ("Wajong-uitkering", "Wajong benefit"),
        (WorkSituation, "no_benefit") => ("Geen werk en geen uitkering", "Not working, no benefit"),
        (Disorder, "substance") => (
            "Middelengerelateerde stoornissen",
            "Substance-related disorders",
        ),
        (Disorder, "adhd") => (
            "Aandachtstekort- en gedragsstoornissen (ADHD)",
            "Attention and behaviour (ADHD)",
        ),
        (Disorder, "adjustment") => (
            "Aanpassingsstoornissen (ook burn-out, overspanning)",
            "Adjustment disorders (incl. burn-out)",
        ),
        (Disorder, "anxiety") => ("Angststoornissen", "Anxiety disorders"),
        (Disorder, "bipolar") => (
            "Bipolaire en andere stemmingsstoornissen",
            "Bipolar and other mood disorders",
        ),
        (Disorder, "depression") => ("Depressieve stoornissen", "Depressive disorders"),
        (Disorder, "eating") => ("Eetstoornissen", "Eating disorders"),
        (Disorder, "personality") => ("Persoonlijkheidsstoornissen", "Personality disorders"),
        (Disorder, "autism") => (
            "Pervasieve ontwikkelingsstoornissen (autisme)",
            "Pervasive developmental disorders (autism)",
        ),
        (Disorder, "psychotic") => (
            "Schizofrenie en andere psychotische stoornissen",
            "Schizophrenia and other psychotic disorders",
        ),
        (Disorder, "other_disorder") => ("Andere stoornis", "Other disorder"),
        (Disorder, "other_problems") => (
            "Andere psychische problemen, geen stoornis",
            "Other mental problems, not a disorder",
        ),
        (AbsenceDuration, "none") => ("Niet uit het werk", "Not out of work"),
        (AbsenceDuration, "under_6_weeks") => ("Korter dan 6 weken", "Less than 6 weeks"),
        (AbsenceDuration, "6_weeks_to_3_months") => {
            ("6 weken tot 3 maanden", "6 weeks to 3 months")
        }
        (AbsenceDuration, "3_to_12_months") => ("3 tot 12 maanden", "3 to 12 months"),
        (AbsenceDuration, "1_to_2_years") => ("1 tot 2 jaar", "1 to 2 years"),
        (AbsenceDuration, "over_2_years") => ("Langer dan 2 jaar", "More than 2 years"),
        (MentalHealthCare, "in_treatment") => ("In behandeling", "In treatment"),
        (MentalHealthCare, "waiting_list") => ("Op de wachtlijst", "On the waiting list"),
        (MentalHealthCare, "none") => ("Niet in behandeling", "Not in treatment"),
        (WorkWish, "paid_work_now") => ("Wil nu betaald werk", "Wants paid work now"),
        (WorkWish, "paid_work_later") => ("Wil later betaald werk", "Wants paid work later"),
        (WorkWish, "unsure") => ("Weet het nog niet", "Not sure yet"),
        (WorkWish, "not_now") => ("Nu geen betaald werk", "No paid work for now"),
        (SelfEfficacy, "high") => ("Hoog", "High"),
        (SelfEfficacy, "medium") => ("Gemiddeld", "Medium"),
        (SelfEfficacy, "low") => ("Laag", "Low"),
        (Barriers, code) => barrier(code),
        _ => ("?", "?"),
    };
    pick(pair, lang)
}

fn barrier(code: &str) -> Pair {
    match code {
        "returning_too_fast" => ("Te snel terugkeren", "Returning too fast"),
        "unfitting_work" => (
            "Werkinhoud past niet (taken, werkdruk, uren)",
            "Work content does not fit (tasks, pressure, hours)",
        ),
        "no_adjustments" => (
            "Geen structurele aanpassingen op het werk",
            "No structural workplace adjustments",
        ),
        "poor_supervision" => (
            "Onvoldoende of niet passende begeleiding door de leidinggevende",
            "Insufficient or unfitting supervision by the manager",
        ),
        "no_colleague_support" => (
            "Gebrek aan steun en begrip van collega's",
            "Lack of support and understanding from colleagues",
        ),
        "stigma_at_work" => (
            "Onbegrip, stigma of uitsluiting op het werk",
            "Lack of understanding, stigma or exclusion at work",
        ),
        "performance_pressure" => ("Prestatiedruk", "Performance pressure"),
        "employer_prejudice" => (
            "Onbekendheid en vooroordelen bij werkgevers",
            "Unfamiliarity and prejudice of employers",
        ),
        "low_motivation" => (
            "Weinig motivatie om terug te keren",
            "Low motivation to return",
        ),
        "fear_of_return" => (
            "Onzekerheid en angst om terug te keren, angst voor negatieve reacties",
            "Uncertainty and fear of returning, fear of negative reactions",
        ),
        "shame_guilt" => ("Schaamte of schuldgevoel", "Shame or guilt"),
        "coping_with_demands" => (
            "Moeite met de eisen van werk (uitputting, concentratie, grenzen, perfectionisme)",
            "Trouble coping with work demands (exhaustion, concentration, boundaries, perfectionism)",
        ),
        "physical_complaints" => (
            "Bijkomende lichamelijke klachten",
            "Additional physical complaints",
        ),
        "private_stress" => ("Stress in de privésituatie", "Stress in private life"),
        "no_support_from_relatives" => (
            "Onbegrip van naasten",
            "Lack of understanding from relatives",
        ),
        "limited_capacity" => ("Beperkte belastbaarheid", "Limited capacity"),
        "self_stigma" => (
            "Zelfstigma, persoonlijke drempels",
            "Self-stigma, personal thresholds",
        ),
        "no_long_term_goals" => ("Geen doelen op lange termijn", "No long-term goals"),
        "lacks_qualifications" => (
            "Gebrek aan opleiding of diploma's",
            "Lack of qualifications",
        ),
        "waiting_list" => (
            "Lange wachtlijst voor behandeling of diagnose",
            "Long waiting list for treatment or diagnosis",
        ),
        "financial_disincentives" => (
            "Financiële drempels (armoedeval, gedoe met uitkering)",
            "Financial disincentives (poverty trap, benefit hassle)",
        ),
        "flexible_labour_market" => ("Flexibele arbeidsmarkt", "Flexible labour market"),
        _ => ("?", "?"),
    }
}

/// The heading of a group of barriers.
pub fn barrier_group(group: BarrierGroup, lang: Lang) -> &'static str {
    pick(
        match group {
            BarrierGroup::WorkSituation => (
                "Belemmeringen in de werksituatie",
                "Barriers in the work situation",
            ),
            BarrierGroup::Person => ("Belemmeringen in de persoon", "Barriers in the person"),
            BarrierGroup::Other => ("Overige belemmeringen", "Other barriers"),
        },
        lang,
    )
}

/// The heading of a content field of an intervention.
pub fn text_field(field: &str, lang: Lang) -> &'static str {
    pick(
        match field {
            "summary" => ("Samenvatting", "Summary"),
            "goal" => ("Doel", "Goal"),
            "target_group" => ("Doelgroep", "Target group"),
            "work_situation" => ("Werksituatie", "Work situation"),
            "approach" => ("Aanpak", "Approach"),
            "delivered_by" => ("Uitgevoerd door", "Delivered by"),
            "duration" => ("Duur en intensiteit", "Duration and intensity"),
            "active_elements" => ("Werkzame elementen", "Active elements"),
            "conditions" => (
                "Voorwaarden voor effectiviteit",
                "Conditions for effectiveness",
            ),
            "results" => ("Resultaten uit onderzoek", "Research results"),
            "cost" => ("Kosten en financiering", "Cost and funding"),
            "evidence" => ("Onderbouwing", "Evidence"),
            _ => ("?", "?"),
        },
        lang,
    )
}

/// The name of a guidance kind.
pub fn guidance(
    code: Option<crate::domain::knowledge::Guidance>,
    lang: Lang,
) -> Option<&'static str> {
    use crate::domain::knowledge::Guidance::*;
    code.map(|g| {
        pick(
            match g {
                Individual => ("Individuele begeleiding", "Individual guidance"),
                Workplace => ("Begeleiding op de werkplek", "Guidance at the workplace"),
                Both => (
                    "Individueel en op de werkplek",
                    "Individual and at the workplace",
                ),
            },
            lang,
        )
    })
}

/// The name of a rule effect.
pub fn effect(effect: crate::domain::knowledge::Effect, lang: Lang) -> &'static str {
    use crate::domain::knowledge::Effect::*;
    pick(
        match effect {
            Require => ("Vereist", "Requires"),
            Exclude => ("Sluit uit", "Excludes"),
            Fit => ("Past", "Fits"),
            Caution => ("Let op", "Caution"),
        },
        lang,
    )
}
