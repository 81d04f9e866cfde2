//! Which catalogue text names each code of the questionnaire (questions, answers, barriers,
//! their help) and of the knowledge base (content fields, guidance, rule effects). The words
//! are in `web::texts` (groups `question`, `help`, `help_more`, `answer`, `barrier`, `term`);
//! the codes themselves live in `domain::profile` and `domain::knowledge`.

use crate::domain::knowledge::{Effect, Guidance};
use crate::domain::lang::Lang;
use crate::domain::profile::{BarrierGroup, Dimension};
use crate::web::texts;

/// What a code without a name shows (a code the knowledge base or a form should never hold).
const UNNAMED: &str = "?";

/// The question as the questionnaire asks it.
pub fn question(dimension: Dimension, lang: Lang) -> &'static str {
    use Dimension::*;
    let tx = &texts::for_lang(lang).question;
    match dimension {
        Severity => tx.severity,
        WorkSituation => tx.work_situation,
        Disorder => tx.disorder,
        AbsenceDuration => tx.absence_duration,
        MentalHealthCare => tx.mental_health_care,
        WorkWish => tx.work_wish,
        SelfEfficacy => tx.self_efficacy,
        LacksFitnessOrStructure => tx.lacks_fitness_or_structure,
        MultipleProblems => tx.multiple_problems,
        HasOccupationalPhysician => tx.has_occupational_physician,
        PrefersNoOnline => tx.prefers_no_online,
        PrefersNoGroup => tx.prefers_no_group,
        Insurance => tx.insurance,
        EmploymentContract => tx.employment_contract,
        TargetGroupRegister => tx.target_group_register,
        PartialReturn => tx.partial_return,
        OwnJobFeasible => tx.own_job_feasible,
        Barriers => tx.barriers,
    }
}

/// A short explanation of the terms in a question; `None` where the question speaks for itself.
pub fn help(dimension: Dimension, lang: Lang) -> Option<&'static str> {
    use Dimension::*;
    let tx = &texts::for_lang(lang).help;
    Some(match dimension {
        Severity => tx.severity,
        WorkSituation => tx.work_situation,
        Disorder => tx.disorder,
        MentalHealthCare => tx.mental_health_care,
        SelfEfficacy => tx.self_efficacy,
        HasOccupationalPhysician => tx.has_occupational_physician,
        Insurance => tx.insurance,
        EmploymentContract => tx.employment_contract,
        TargetGroupRegister => tx.target_group_register,
        PartialReturn => tx.partial_return,
        OwnJobFeasible => tx.own_job_feasible,
        Barriers => tx.barriers,
        _ => return None,
    })
}

/// More about a question, behind "Meer uitleg" under its short hint; `None` where the hint
/// says enough.
pub fn help_more(dimension: Dimension, lang: Lang) -> Option<&'static str> {
    use Dimension::*;
    let tx = &texts::for_lang(lang).help_more;
    Some(match dimension {
        Severity => tx.severity,
        WorkSituation => tx.work_situation,
        Insurance => tx.insurance,
        PartialReturn => tx.partial_return,
        _ => return None,
    })
}

/// The name of one answer.
pub fn value(dimension: Dimension, code: &str, lang: Lang) -> &'static str {
    use Dimension::*;
    let tx = &texts::for_lang(lang).answer;
    match (dimension, code) {
        (_, "unknown") => tx.unknown,
        (_, "yes") => tx.yes,
        (_, "no") => tx.no,
        (Insurance, "public") => tx.insurance_public,
        (Insurance, "eigenrisicodrager") => tx.insurance_eigenrisicodrager,
        (Severity, "cmd") => tx.severity_cmd,
        (Severity, "epa") => tx.severity_epa,
        (WorkSituation, "sick_leave") => tx.work_situation_sick_leave,
        (WorkSituation, "back_at_work") => tx.work_situation_back_at_work,
        (WorkSituation, "sickness_benefit") => tx.work_situation_sickness_benefit,
        (WorkSituation, "wga") => tx.work_situation_wga,
        (WorkSituation, "iva") => tx.work_situation_iva,
        (WorkSituation, "ww") => tx.work_situation_ww,
        (WorkSituation, "bijstand") => tx.work_situation_bijstand,
        (WorkSituation, "wajong") => tx.work_situation_wajong,
        (WorkSituation, "no_benefit") => tx.work_situation_no_benefit,
        (Disorder, "substance") => tx.disorder_substance,
        (Disorder, "adhd") => tx.disorder_adhd,
        (Disorder, "adjustment") => tx.disorder_adjustment,
        (Disorder, "anxiety") => tx.disorder_anxiety,
        (Disorder, "bipolar") => tx.disorder_bipolar,
        (Disorder, "depression") => tx.disorder_depression,
        (Disorder, "eating") => tx.disorder_eating,
        (Disorder, "personality") => tx.disorder_personality,
        (Disorder, "autism") => tx.disorder_autism,
        (Disorder, "psychotic") => tx.disorder_psychotic,
        (Disorder, "other_disorder") => tx.disorder_other_disorder,
        (Disorder, "other_problems") => tx.disorder_other_problems,
        (AbsenceDuration, "none") => tx.absence_duration_none,
        (AbsenceDuration, "under_6_weeks") => tx.absence_duration_under_6_weeks,
        (AbsenceDuration, "6_weeks_to_3_months") => tx.absence_duration_6_weeks_to_3_months,
        (AbsenceDuration, "3_to_12_months") => tx.absence_duration_3_to_12_months,
        (AbsenceDuration, "1_to_2_years") => tx.absence_duration_1_to_2_years,
        (AbsenceDuration, "over_2_years") => tx.absence_duration_over_2_years,
        (MentalHealthCare, "in_treatment") => tx.mental_health_care_in_treatment,
        (MentalHealthCare, "waiting_list") => tx.mental_health_care_waiting_list,
        (MentalHealthCare, "none") => tx.mental_health_care_none,
        (WorkWish, "paid_work_now") => tx.work_wish_paid_work_now,
        (WorkWish, "paid_work_later") => tx.work_wish_paid_work_later,
        (WorkWish, "unsure") => tx.work_wish_unsure,
        (WorkWish, "not_now") => tx.work_wish_not_now,
        (SelfEfficacy, "high") => tx.self_efficacy_high,
        (SelfEfficacy, "medium") => tx.self_efficacy_medium,
        (SelfEfficacy, "low") => tx.self_efficacy_low,
        (Barriers, code) => barrier(code, lang),
        _ => UNNAMED,
    }
}

/// The name of one barrier.
fn barrier(code: &str, lang: Lang) -> &'static str {
    let tx = &texts::for_lang(lang).barrier;
    match code {
        "returning_too_fast" => tx.returning_too_fast,
        "unfitting_work" => tx.unfitting_work,
        "no_adjustments" => tx.no_adjustments,
        "poor_supervision" => tx.poor_supervision,
        "no_colleague_support" => tx.no_colleague_support,
        "stigma_at_work" => tx.stigma_at_work,
        "performance_pressure" => tx.performance_pressure,
        "employer_prejudice" => tx.employer_prejudice,
        "low_motivation" => tx.low_motivation,
        "fear_of_return" => tx.fear_of_return,
        "shame_guilt" => tx.shame_guilt,
        "coping_with_demands" => tx.coping_with_demands,
        "physical_complaints" => tx.physical_complaints,
        "private_stress" => tx.private_stress,
        "no_support_from_relatives" => tx.no_support_from_relatives,
        "limited_capacity" => tx.limited_capacity,
        "self_stigma" => tx.self_stigma,
        "no_long_term_goals" => tx.no_long_term_goals,
        "lacks_qualifications" => tx.lacks_qualifications,
        "waiting_list" => tx.waiting_list,
        "financial_disincentives" => tx.financial_disincentives,
        "flexible_labour_market" => tx.flexible_labour_market,
        _ => UNNAMED,
    }
}

/// The heading of a group of barriers.
pub fn barrier_group(group: BarrierGroup, lang: Lang) -> &'static str {
    let tx = &texts::for_lang(lang).term;
    match group {
        BarrierGroup::WorkSituation => tx.group_work_situation,
        BarrierGroup::Person => tx.group_person,
        BarrierGroup::Other => tx.group_other,
    }
}

/// The heading of a content field of an intervention.
pub fn text_field(field: &str, lang: Lang) -> &'static str {
    let tx = &texts::for_lang(lang).term;
    match field {
        "summary" => tx.field_summary,
        "goal" => tx.field_goal,
        "target_group" => tx.field_target_group,
        "work_situation" => tx.field_work_situation,
        "approach" => tx.field_approach,
        "delivered_by" => tx.field_delivered_by,
        "duration" => tx.field_duration,
        "active_elements" => tx.field_active_elements,
        "conditions" => tx.field_conditions,
        "results" => tx.field_results,
        "cost" => tx.field_cost,
        "evidence" => tx.field_evidence,
        _ => UNNAMED,
    }
}

/// The name of a guidance kind.
pub fn guidance(code: Option<Guidance>, lang: Lang) -> Option<&'static str> {
    use Guidance::*;
    let tx = &texts::for_lang(lang).term;
    code.map(|g| match g {
        Individual => tx.guidance_individual,
        Workplace => tx.guidance_workplace,
        Both => tx.guidance_both,
    })
}

/// The name of a rule effect.
pub fn effect(effect: Effect, lang: Lang) -> &'static str {
    use Effect::*;
    let tx = &texts::for_lang(lang).term;
    match effect {
        Require => tx.effect_require,
        Exclude => tx.effect_exclude,
        Fit => tx.effect_fit,
        Caution => tx.effect_caution,
    }
}
