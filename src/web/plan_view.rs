//! The plan and the summary as JSON and as the advice page's plan section
//! (`templates/partials/plan.html`).

use serde::Serialize;
use utoipa::ToSchema;

use crate::domain::knowledge::KnowledgeBase;
use crate::domain::lang::Lang;
use crate::domain::matching::Advice;
use crate::domain::plan::{PlanStep, plan, summary};
use crate::domain::plan_rule::Phase;
use crate::domain::profile::ClientProfile;
use crate::web::texts;

/// One step of the plan, as the API gives it.
#[derive(Debug, Serialize, ToSchema)]
pub struct PlanStepJson {
    /// 1..n in time order.
    pub order: usize,
    /// `first`, `now`, `alongside`, `at_return` or `afterwards`.
    #[schema(value_type = String)]
    pub phase: &'static str,
    pub slugs: Vec<String>,
    /// What opens the next step (`ggz_treatment`, `follow_up`, `return_to_work`), or null.
    pub condition: Option<String>,
    pub text: String,
    pub source: String,
}

/// The plan and summary of an advice.
pub fn plan_and_summary(
    kb: &KnowledgeBase,
    profile: &ClientProfile,
    advice: &Advice<'_>,
    lang: Lang,
) -> (Vec<PlanStepJson>, String) {
    let steps = plan(kb.plan_rules(), profile, advice);
    let text = crate::web::wording::summary_text(&summary(advice, &steps), lang);
    (steps.iter().map(|s| step_json(s, lang)).collect(), text)
}

fn step_json(step: &PlanStep<'_>, lang: Lang) -> PlanStepJson {
    PlanStepJson {
        order: step.order,
        phase: step.phase.code(),
        slugs: step.slugs.iter().map(|s| (*s).to_owned()).collect(),
        condition: step.condition.map(str::to_owned),
        text: step.text.get(lang).to_owned(),
        source: step.source.to_owned(),
    }
}

/// One step on the advice page.
pub struct PlanStepView {
    pub order: usize,
    pub phase: &'static str,
    pub phase_label: &'static str,
    /// The step's interventions as (slug, name).
    pub interventions: Vec<(String, String)>,
    pub opens: Option<&'static str>,
    pub text: String,
    pub source: String,
}

/// The plan section of the advice page.
pub fn plan_views(kb: &KnowledgeBase, steps: Vec<PlanStepJson>, lang: Lang) -> Vec<PlanStepView> {
    steps
        .into_iter()
        .map(|s| PlanStepView {
            order: s.order,
            phase: s.phase,
            phase_label: Phase::from_code(s.phase).map_or("", |p| phase_label(p, lang)),
            interventions: s
                .slugs
                .iter()
                .filter_map(|slug| kb.intervention(slug))
                .map(|i| (i.slug.clone(), i.name.get(lang).to_owned()))
                .collect(),
            opens: s.condition.as_deref().and_then(|c| opens_label(c, lang)),
            text: s.text,
            source: s.source,
        })
        .collect()
}

/// One plan rule as `/uitleg` lists it.
pub struct PlanRuleView {
    pub id: i64,
    pub phase: &'static str,
    pub phase_label: &'static str,
    /// The rule's interventions as (slug, name).
    pub interventions: Vec<(String, String)>,
    /// When the rule holds, in words ("altijd" when always).
    pub when: String,
    /// The interventions of which one must be in the advice, as names.
    pub requires: Vec<String>,
    pub opens: Option<&'static str>,
    pub text: String,
    pub source: String,
}

/// Every plan rule of the knowledge base, in plan order (phase, then position).
pub fn plan_rule_views(kb: &KnowledgeBase, lang: Lang) -> Vec<PlanRuleView> {
    let tx = texts::for_lang(lang);
    let name = |slug: &String| {
        kb.intervention(slug)
            .map(|i| (i.slug.clone(), i.name.get(lang).to_owned()))
    };
    let mut rules: Vec<_> = kb.plan_rules().iter().collect();
    rules.sort_by_key(|r| (r.phase, r.position, r.id));
    rules
        .into_iter()
        .map(|r| PlanRuleView {
            id: r.id,
            phase: r.phase.code(),
            phase_label: phase_label(r.phase, lang),
            interventions: r.slugs.iter().filter_map(name).collect(),
            when: if r.condition.is_always() {
                tx.explain.plan_always.to_owned()
            } else {
                crate::web::views::condition_text(&r.condition, lang)
            },
            requires: r.requires.iter().filter_map(name).map(|(_, n)| n).collect(),
            opens: r.opens.as_deref().and_then(|c| opens_label(c, lang)),
            text: r.text.get(lang).to_owned(),
            source: r.source.clone(),
        })
        .collect()
}

/// The heading of a plan phase.
pub fn phase_label(phase: Phase, lang: Lang) -> &'static str {
    let tx = &texts::for_lang(lang).plan;
    match phase {
        Phase::First => tx.phase_first,
        Phase::Now => tx.phase_now,
        Phase::Alongside => tx.phase_alongside,
        Phase::AtReturn => tx.phase_at_return,
        Phase::Afterwards => tx.phase_afterwards,
    }
}

/// What a plan step's condition code opens, in words; none for a code without a text.
pub fn opens_label(code: &str, lang: Lang) -> Option<&'static str> {
    let tx = &texts::for_lang(lang).plan;
    match code {
        "ggz_treatment" => Some(tx.opens_ggz_treatment),
        "follow_up" => Some(tx.opens_follow_up),
        "return_to_work" => Some(tx.opens_return_to_work),
        _ => None,
    }
}
