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

/// One or two plain sentences, never a plan step's text: where to begin and why, then what
/// follows ("Begin met ..., omdat ...; daarna ..."). A first step (treatment in the GGZ) comes
/// before the interventions that fit; otherwise the strong tier (or the best possible one),
/// then the first later step with interventions that fit well or may fit (at the return,
/// afterwards); a step about an intervention that fits less is left to the plan itself. Last,
/// quoted, the rule that weighs most for the top recommendation.
pub fn summary(advice: &Advice<'_>, steps: &[PlanStep<'_>], lang: Lang) -> String {
    let best = best_names(advice, lang);
    let names = join(&best, lang);
    let name_of = |slug: &str| {
        advice
            .recommendations
            .iter()
            .find(|r| {
                r.intervention.slug == slug && matches!(r.tier, Tier::Strong | Tier::Possible)
            })
            .map(|r| r.intervention.name.get(lang))
    };
    if let Some(first) = steps.iter().find(|s| s.phase == Phase::First) {
        return begin_with_first_step(first, &names, lang);
    }
    if names.is_empty() {
        return match lang {
            Lang::Nl => "Geen interventie past goed of mogelijk bij deze antwoorden; bekijk de groep 'Past minder' en de uitgesloten interventies.".to_owned(),
            Lang::En => "No intervention fits well or may fit with these answers; see the group 'Fits less' and the excluded interventions.".to_owned(),
        };
    }
    let later = steps.iter().find_map(|s| {
        let slugs: Vec<&str> = s.slugs.iter().filter_map(|slug| name_of(slug)).collect();
        (matches!(s.phase, Phase::AtReturn | Phase::Afterwards) && !slugs.is_empty())
            .then(|| then_clause(s, &join(&slugs, lang), lang))
    });
    let mut text = match (lang, best.len()) {
        (Lang::Nl, 1) => format!("Begin met {names}, omdat die het best past bij deze antwoorden"),
        (Lang::Nl, _) => {
            format!("Begin met {names}, omdat die het best passen bij deze antwoorden")
        }
        (Lang::En, 1) => format!("Begin with {names}, because it fits these answers best"),
        (Lang::En, _) => format!("Begin with {names}, because they fit these answers best"),
    };
    if let Some(later) = later {
        text.push_str(&later);
    }
    text.push('.');
    if let Some(why) = strongest_reason(advice, lang) {
        let top = advice.recommendations[0].intervention.name.get(lang);
        text.push_str(&match lang {
            Lang::Nl => format!(" Het zwaarst weegt bij {top}: \u{201e}{why}\u{201d}."),
            Lang::En => format!(" What weighs most for {top}: \u{201c}{why}\u{201d}."),
        });
    }
    text
}

/// The names of the strong tier (at most three), or else of the best possible one.
fn best_names<'kb>(advice: &Advice<'kb>, lang: Lang) -> Vec<&'kb str> {
    let of = |tier: Tier, n: usize| -> Vec<&'kb str> {
        advice
            .recommendations
            .iter()
            .filter(|r| r.tier == tier)
            .take(n)
            .map(|r| r.intervention.name.get(lang))
            .collect()
    };
    let strong = of(Tier::Strong, 3);
    if strong.is_empty() {
        of(Tier::Possible, 1)
    } else {
        strong
    }
}

/// The summary when the plan has a first step that opens the rest (`ggz_treatment`).
fn begin_with_first_step(first: &PlanStep<'_>, names: &str, lang: Lang) -> String {
    let mut text = match (first.condition, lang) {
        (Some("ggz_treatment"), Lang::Nl) => "Begin met behandeling in de GGZ, omdat IPS alleen samen met die behandeling kan; daarna komt IPS in beeld.".to_owned(),
        (Some("ggz_treatment"), Lang::En) => "Begin with treatment in mental-health care (GGZ), because IPS is only possible together with that treatment; after that, IPS comes into view.".to_owned(),
        (_, Lang::Nl) => "Begin met de eerste stap van het plan hieronder, omdat die de volgende stappen opent.".to_owned(),
        (_, Lang::En) => "Begin with the first step of the plan below, because it opens the next steps.".to_owned(),
    };
    if !names.is_empty() {
        text.push_str(&match lang {
            Lang::Nl => format!(" Tot die tijd past: {names}."),
            Lang::En => format!(" Until then, this fits: {names}."),
        });
    }
    text
}

/// "; daarna ..." for a later step with interventions, by what it opens or its phase.
fn then_clause(step: &PlanStep<'_>, names: &str, lang: Lang) -> String {
    match (step.condition, step.phase, lang) {
        (Some("follow_up"), _, Lang::Nl) => {
            format!("; regel daarna tijdig een vervolgtraject voor na {names}")
        }
        (Some("follow_up"), _, Lang::En) => {
            format!("; then arrange a follow-up in time for after {names}")
        }
        (_, Phase::AtReturn, Lang::Nl) => format!("; daarna, bij de werkhervatting: {names}"),
        (_, Phase::AtReturn, Lang::En) => format!("; then, at the return to work: {names}"),
        (_, _, Lang::Nl) => format!("; daarna: {names}"),
        (_, _, Lang::En) => format!("; then: {names}"),
    }
}

/// The text of the top recommendation's fit with the most points, when it is one sentence.
fn strongest_reason(advice: &Advice<'_>, lang: Lang) -> Option<String> {
    let top = advice.recommendations.first()?;
    let rule = top
        .reasons
        .iter()
        .filter(|l| l.points > 0.0)
        .filter_map(|l| l.rule.map(|r| (l.points, r)))
        .max_by(|a, b| a.0.total_cmp(&b.0))?
        .1;
    let text = rule.text.get(lang).trim_end_matches('.');
    (!text.contains(". ")).then(|| text.to_owned())
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
