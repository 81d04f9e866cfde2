//! The matching engine: one generic evaluator of the knowledge base's rules over a profile.
//!
//! An advice is a ledger. For each intervention every rule is weighed against the profile's
//! answer on its dimension; each rule that fires adds a line (text, points, source), the
//! evidence level adds its line, and the score is the sum of the lines. A `require` or
//! `exclude` rule that fires excludes the intervention; one whose answer is unknown becomes a
//! 0-point "nog na te gaan" caveat, never an exclusion. Pure: no IO, no clock, no randomness.

use std::cmp::Ordering;

use super::knowledge::{Effect, EvidenceLevel, Intervention, KnowledgeBase, Lang, Rule};
use super::profile::{Answer, ClientProfile};

/// The ranked, explained advice for one profile.
#[derive(Debug, Clone)]
pub struct Advice<'kb> {
    pub knowledge_base_version: &'kb str,
    /// Best first; `rank` runs 1..n.
    pub recommendations: Vec<Recommendation<'kb>>,
    /// In catalogue order.
    pub excluded: Vec<Exclusion<'kb>>,
}

/// An intervention that fits, with its ledger.
#[derive(Debug, Clone)]
pub struct Recommendation<'kb> {
    pub intervention: &'kb Intervention,
    pub evidence: &'kb EvidenceLevel,
    pub rank: usize,
    /// The sum of the points of `reasons` and `caveats`.
    pub score: f64,
    /// The evidence line first, then fits and met requirements in rule order.
    pub reasons: Vec<Line<'kb>>,
    /// Cautions and what is still to check, in rule order.
    pub caveats: Vec<Line<'kb>>,
}

/// An intervention that does not fit, with the rules that ruled it out.
#[derive(Debug, Clone)]
pub struct Exclusion<'kb> {
    pub intervention: &'kb Intervention,
    pub rules: Vec<&'kb Rule>,
}

/// What kind of ledger line this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// The intervention's evidence level.
    Evidence,
    /// A `fit` rule fired.
    Fit,
    /// A `require` rule is met.
    RequirementMet,
    /// A `caution` rule fired.
    Caution,
    /// A `require` or `exclude` rule could not be checked: the answer is unknown.
    ToCheck,
}

/// One line of the ledger.
#[derive(Debug, Clone)]
pub struct Line<'kb> {
    pub kind: LineKind,
    /// The rule behind the line; `None` for the evidence line.
    pub rule: Option<&'kb Rule>,
    pub points: f64,
    /// For a barrier rule: which of the client's barriers it matched.
    pub matched: Vec<&'static str>,
}

impl Line<'_> {
    /// The line as a professional reads it.
    pub fn text(&self, recommendation: &Recommendation<'_>, lang: Lang) -> String {
        match (self.kind, self.rule) {
            (LineKind::ToCheck, Some(rule)) => {
                let prefix = match lang {
                    Lang::Nl => "Nog na te gaan: ",
                    Lang::En => "Still to check: ",
                };
                format!("{prefix}{}", rule.text.get(lang))
            }
            (_, Some(rule)) => rule.text.get(lang).to_owned(),
            (_, None) => evidence_text(recommendation, lang),
        }
    }

    /// The seed passage the line rests on.
    pub fn source<'a>(&'a self, recommendation: &'a Recommendation<'_>) -> &'a str {
        match self.rule {
            Some(rule) => &rule.source,
            None => &recommendation.intervention.evidence_source,
        }
    }
}

fn evidence_text(recommendation: &Recommendation<'_>, lang: Lang) -> String {
    let label = recommendation.evidence.label.get(lang);
    let lead = match lang {
        Lang::Nl => "Bewijskracht",
        Lang::En => "Evidence",
    };
    let institutes: Vec<&str> = recommendation
        .intervention
        .recognitions
        .iter()
        .map(|r| r.institute.as_str())
        .collect();
    if institutes.is_empty() {
        format!("{lead}: {label}")
    } else {
        format!("{lead}: {label} ({})", institutes.join(", "))
    }
}

/// Weighs every intervention of `kb` against `profile`.
pub fn recommend<'kb>(kb: &'kb KnowledgeBase, profile: &ClientProfile) -> Advice<'kb> {
    let mut recommendations = Vec::with_capacity(kb.interventions().len());
    let mut excluded = Vec::new();
    for intervention in kb.interventions() {
        match weigh(kb, intervention, profile) {
            Ok(recommendation) => recommendations.push(recommendation),
            Err(exclusion) => excluded.push(exclusion),
        }
    }
    recommendations.sort_by(ranking_order);
    for (i, recommendation) in recommendations.iter_mut().enumerate() {
        recommendation.rank = i + 1;
    }
    Advice {
        knowledge_base_version: kb.version(),
        recommendations,
        excluded,
    }
}

/// Higher score first; on a tie the stronger evidence, then catalogue order.
fn ranking_order(a: &Recommendation<'_>, b: &Recommendation<'_>) -> Ordering {
    b.score
        .total_cmp(&a.score)
        .then(b.evidence.strength.cmp(&a.evidence.strength))
        .then(a.intervention.position.cmp(&b.intervention.position))
}

/// How one rule meets one answer.
enum Outcome {
    Fires(Vec<&'static str>),
    Silent,
    Unknown,
}

fn outcome(rule: &Rule, answer: Answer<'_>) -> Outcome {
    match answer {
        Answer::One("unknown") if !rule.matches("unknown") => Outcome::Unknown,
        Answer::One(code) if rule.matches(code) => Outcome::Fires(Vec::new()),
        Answer::One(_) => Outcome::Silent,
        Answer::Barriers(barriers) => {
            let matched: Vec<&'static str> = barriers
                .iter()
                .map(|b| b.code())
                .filter(|code| rule.matches(code))
                .collect();
            if matched.is_empty() {
                Outcome::Silent
            } else {
                Outcome::Fires(matched)
            }
        }
    }
}

fn weigh<'kb>(
    kb: &'kb KnowledgeBase,
    intervention: &'kb Intervention,
    profile: &ClientProfile,
) -> Result<Recommendation<'kb>, Exclusion<'kb>> {
    let evidence = kb.evidence_of(intervention);
    let mut reasons = vec![Line {
        kind: LineKind::Evidence,
        rule: None,
        points: evidence.points,
        matched: Vec::new(),
    }];
    let mut caveats = Vec::new();
    let mut excluding = Vec::new();
    for rule in &intervention.rules {
        let line = |kind, matched| Line {
            kind,
            rule: Some(rule),
            points: rule.points,
            matched,
        };
        match (rule.effect, outcome(rule, profile.answer(rule.dimension))) {
            (Effect::Require | Effect::Exclude, Outcome::Unknown) => {
                caveats.push(line(LineKind::ToCheck, Vec::new()))
            }
            (Effect::Require, Outcome::Fires(matched)) => {
                reasons.push(line(LineKind::RequirementMet, matched))
            }
            (Effect::Require, Outcome::Silent) | (Effect::Exclude, Outcome::Fires(_)) => {
                excluding.push(rule)
            }
            (Effect::Fit, Outcome::Fires(matched)) => reasons.push(line(LineKind::Fit, matched)),
            (Effect::Caution, Outcome::Fires(matched)) => {
                caveats.push(line(LineKind::Caution, matched))
            }
            _ => {}
        }
    }
    if !excluding.is_empty() {
        return Err(Exclusion {
            intervention,
            rules: excluding,
        });
    }
    let score = reasons.iter().chain(&caveats).map(|l| l.points).sum();
    Ok(Recommendation {
        intervention,
        evidence,
        rank: 0,
        score,
        reasons,
        caveats,
    })
}
