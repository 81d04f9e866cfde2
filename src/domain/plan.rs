//! The plan: an order in time built from the knowledge base's cited plan rules
//! (migrations/0012_plan_rules.sql), and what the summary of an advice says, as codes (the
//! web layer words it). Pure: the same advice and profile always give the same plan.

use super::knowledge::{Intervention, Rule};
use super::lang::Localized;
use super::matching::{Advice, Tier};
use super::plan_rule::{Phase, PlanRule};
use super::profile::ClientProfile;

/// One step of a client's plan.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanStep<'kb> {
    /// 1..n in time order.
    pub order: usize,
    pub phase: Phase,
    /// The step's interventions, without those the client already follows and without those
    /// the advice ranks weak ("Past minder").
    pub slugs: Vec<&'kb str>,
    pub condition: Option<&'kb str>,
    pub text: &'kb Localized,
    pub source: &'kb str,
    /// The plan rule the step comes from.
    pub rule: &'kb PlanRule,
}

/// The plan for `profile` from `rules`, given its `advice`: the rules that hold (condition true
/// and, when a rule `requires` interventions, one of them fits well or may fit), in phase
/// order, then the rules' positions. A step names none of the interventions the advice ranks
/// "Past minder" (weak), nor those the client already follows; its text stays, as it holds for
/// the client's situation whichever intervention carries it out. An intervention excluded now
/// stays named only in a later step (at the return to work, afterwards), which is about a
/// situation still to come; a step for now never names it.
pub fn plan<'kb>(
    rules: &'kb [PlanRule],
    profile: &ClientProfile,
    advice: &Advice<'kb>,
) -> Vec<PlanStep<'kb>> {
    let answers = profile.answer_masks();
    // A step about interventions only when one of them fits well or may fit: a step for an
    // intervention that fits less would send the client where the advice does not.
    let recommended = |slug: &str| {
        advice
            .recommendations
            .iter()
            .any(|r| r.intervention.slug == slug && r.tier != Tier::Weak)
    };
    let weak = |slug: &str| {
        advice
            .recommendations
            .iter()
            .any(|r| r.intervention.slug == slug && r.tier == Tier::Weak)
    };
    let excluded = |slug: &str| {
        advice
            .excluded
            .iter()
            .any(|e| !e.current && e.intervention.slug == slug)
    };
    let mut holding: Vec<&PlanRule> = rules
        .iter()
        .filter(|r| r.condition.holds(&answers))
        .filter(|r| r.requires.is_empty() || r.requires.iter().any(|s| recommended(s)))
        .collect();
    holding.sort_by_key(|r| (r.phase, r.position, r.id));
    holding
        .into_iter()
        .enumerate()
        .map(|(i, r)| PlanStep {
            order: i + 1,
            phase: r.phase,
            slugs: r
                .slugs
                .iter()
                .map(String::as_str)
                .filter(|s| !profile.current_interventions.iter().any(|c| c == s))
                .filter(|s| !weak(s))
                .filter(|s| r.phase.is_later() || !excluded(s))
                .collect(),
            condition: r.opens.as_deref(),
            text: &r.text,
            source: &r.source,
            rule: r,
        })
        .collect()
}

/// What the summary of an advice says, as codes and references; the web layer words it
/// (`web::summary_text`). Never a plan step's text: where to begin and why, then what follows.
#[derive(Debug, Clone, PartialEq)]
pub enum Summary<'kb> {
    /// The plan has a first step that opens the rest (`opens`: its condition code, such as
    /// `ggz_treatment`); `meanwhile` are the interventions that already fit until then.
    FirstStep {
        opens: Option<&'kb str>,
        meanwhile: Vec<&'kb Intervention>,
    },
    /// No intervention fits well or may fit.
    NoneFits,
    /// Begin with `start` because it fits these answers best; `then` what follows, and the
    /// rule that weighs most for the top recommendation.
    Begin {
        /// The strong tier (at most three), or else the best possible recommendation.
        start: Vec<&'kb Intervention>,
        then: Option<Then<'kb>>,
        weightiest: Option<Weightiest<'kb>>,
    },
}

/// The later step the summary names after the start.
#[derive(Debug, Clone, PartialEq)]
pub struct Then<'kb> {
    pub kind: ThenKind,
    /// The step's interventions that fit well or may fit, in the step's order.
    pub interventions: Vec<&'kb Intervention>,
}

/// How the summary introduces the later step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThenKind {
    /// The step opens a follow-up (`follow_up`): arrange it in time.
    FollowUp,
    /// A step at the return to work.
    AtReturn,
    /// A step afterwards.
    Afterwards,
}

/// The fit rule with the most points of the top recommendation.
#[derive(Debug, Clone, PartialEq)]
pub struct Weightiest<'kb> {
    /// The top recommendation's intervention.
    pub intervention: &'kb Intervention,
    pub rule: &'kb Rule,
}

/// The summary of `advice` with its plan `steps`. A first step (treatment in the GGZ) comes
/// before the interventions that fit; otherwise the strong tier (or the best possible one),
/// then the first later step with interventions that fit well or may fit (at the return,
/// afterwards); a step about an intervention that fits less is left to the plan itself. Last,
/// the rule that weighs most for the top recommendation.
pub fn summary<'kb>(advice: &Advice<'kb>, steps: &[PlanStep<'kb>]) -> Summary<'kb> {
    let start = best(advice);
    if let Some(first) = steps.iter().find(|s| s.phase == Phase::First) {
        return Summary::FirstStep {
            opens: first.condition,
            meanwhile: start,
        };
    }
    if start.is_empty() {
        return Summary::NoneFits;
    }
    let fitting = |slug: &str| {
        advice
            .recommendations
            .iter()
            .find(|r| {
                r.intervention.slug == slug && matches!(r.tier, Tier::Strong | Tier::Possible)
            })
            .map(|r| r.intervention)
    };
    let then = steps.iter().find_map(|s| {
        let interventions: Vec<&Intervention> =
            s.slugs.iter().filter_map(|slug| fitting(slug)).collect();
        (matches!(s.phase, Phase::AtReturn | Phase::Afterwards) && !interventions.is_empty()).then(
            || Then {
                kind: then_kind(s),
                interventions,
            },
        )
    });
    Summary::Begin {
        start,
        then,
        weightiest: weightiest(advice),
    }
}

/// The strong tier (at most three), or else the best possible one.
fn best<'kb>(advice: &Advice<'kb>) -> Vec<&'kb Intervention> {
    let of = |tier: Tier, n: usize| -> Vec<&'kb Intervention> {
        advice
            .recommendations
            .iter()
            .filter(|r| r.tier == tier)
            .take(n)
            .map(|r| r.intervention)
            .collect()
    };
    let strong = of(Tier::Strong, 3);
    if strong.is_empty() {
        of(Tier::Possible, 1)
    } else {
        strong
    }
}

/// A later step with interventions, by what it opens or its phase.
fn then_kind(step: &PlanStep<'_>) -> ThenKind {
    match (step.condition, step.phase) {
        (Some("follow_up"), _) => ThenKind::FollowUp,
        (_, Phase::AtReturn) => ThenKind::AtReturn,
        _ => ThenKind::Afterwards,
    }
}

/// The top recommendation's fit with the most points.
fn weightiest<'kb>(advice: &Advice<'kb>) -> Option<Weightiest<'kb>> {
    let top = advice.recommendations.first()?;
    let rule = top
        .reasons
        .iter()
        .filter(|l| l.points > 0.0)
        .filter_map(|l| l.rule.map(|r| (l.points, r)))
        .max_by(|a, b| a.0.total_cmp(&b.0))?
        .1;
    Some(Weightiest {
        intervention: top.intervention,
        rule,
    })
}
