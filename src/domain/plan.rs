//! The plan: an order in time built from the knowledge base's cited plan rules
//! (migrations/0012_plan_rules.sql), and the one- or two-sentence summary of an advice.
//! Pure: the same advice and profile always give the same plan.

use super::lang::{Lang, Localized};
use super::matching::{Advice, Tier};
use super::plan_rule::{Phase, PlanRule};
use super::profile::ClientProfile;

/// One step of a client's plan.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanStep<'kb> {
    /// 1..n in time order.
    pub order: usize,
    pub phase: Phase,
    /// The step's interventions, without those the client already follows.
    pub slugs: Vec<&'kb str>,
    pub condition: Option<&'kb str>,
    pub text: &'kb Localized,
    pub source: &'kb str,
}

/// The plan for `profile` from `rules`, given its `advice`: the rules that hold, in phase
/// order, then the rules' positions.
pub fn plan<'kb>(
    rules: &'kb [PlanRule],
    profile: &ClientProfile,
    advice: &Advice<'kb>,
) -> Vec<PlanStep<'kb>> {
    let answers = profile.answer_masks();
    let recommended = |slug: &str| {
        advice
            .recommendations
            .iter()
            .any(|r| r.intervention.slug == slug)
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
                .collect(),
            condition: r.opens.as_deref(),
            text: &r.text,
            source: &r.source,
        })
        .collect()
}

/// One or two plain sentences: where to begin (the plan's first step, or the strong tier) and
/// why, then what follows.
pub fn summary(advice: &Advice<'_>, steps: &[PlanStep<'_>], lang: Lang) -> String {
    let mut best: Vec<&str> = advice
        .recommendations
        .iter()
        .filter(|r| r.tier == Tier::Strong)
        .take(3)
        .map(|r| r.intervention.name.get(lang))
        .collect();
    if best.is_empty() {
        best.extend(
            advice
                .recommendations
                .iter()
                .filter(|r| r.tier == Tier::Possible)
                .take(1)
                .map(|r| r.intervention.name.get(lang)),
        );
    }
    let names = join(&best, lang);
    let first = steps.iter().find(|s| s.phase == Phase::First);
    let later = steps
        .iter()
        .find(|s| matches!(s.phase, Phase::AtReturn | Phase::Afterwards));
    let why = advice
        .recommendations
        .first()
        .and_then(|r| r.reasons.iter().find(|l| l.rule.is_some()))
        .and_then(|l| l.rule)
        .map(|rule| lower_first(rule.text.get(lang)));
    let mut text = match (lang, first, names.is_empty()) {
        (Lang::Nl, Some(step), true) => format!("Begin hier: {}", step.text.nl),
        (Lang::En, Some(step), true) => format!("Begin here: {}", step.text.en),
        (Lang::Nl, Some(step), false) => {
            format!("Begin hier: {} Daarna past nu al: {names}.", step.text.nl)
        }
        (Lang::En, Some(step), false) => {
            format!("Begin here: {} After that, already fitting now: {names}.", step.text.en)
        }
        (Lang::Nl, None, true) => {
            "Geen interventie past goed of mogelijk bij deze antwoorden; bekijk de groep 'Past minder' en de uitgesloten interventies.".to_owned()
        }
        (Lang::En, None, true) => {
            "No intervention fits well or may fit with these answers; see the group 'Fits less' and the excluded interventions.".to_owned()
        }
        (Lang::Nl, None, false) => match &why {
            Some(why) => format!("Begin met {names}, omdat {why}."),
            None => format!("Begin met {names}."),
        },
        (Lang::En, None, false) => match &why {
            Some(why) => format!("Begin with {names}, because {why}."),
            None => format!("Begin with {names}."),
        },
    };
    if let Some(step) = later.filter(|_| first.is_none()) {
        text.push_str(match lang {
            Lang::Nl => " Daarna: ",
            Lang::En => " After that: ",
        });
        text.push_str(step.text.get(lang));
    }
    text
}

fn join(names: &[&str], lang: Lang) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => {
            let and = match lang {
                Lang::Nl => " en ",
                Lang::En => " and ",
            };
            format!("{}{and}{last}", rest.join(", "))
        }
    }
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}
