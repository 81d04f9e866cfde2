//! Two profiles side by side: how each intervention's rank and score moved from profile A to
//! profile B, and the rules that made the difference. Pure, like the engine.

use super::knowledge::{Intervention, KnowledgeBase, Rule};
use super::matching::{Advice, LineKind, recommend};
use super::profile::{ClientProfile, Dimension};

/// Where an intervention stands in one advice.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Standing {
    Ranked { rank: usize, score: f64 },
    Excluded,
}

/// How a rule weighed in one advice but not (or not so) in the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    Line(LineKind),
    Excluding,
}

/// A rule that fired in only one of the two advices.
#[derive(Debug, Clone)]
pub struct Difference<'kb> {
    pub rule: &'kb Rule,
    pub weight: Weight,
    /// True: the rule fired for B only; false: for A only.
    pub in_b: bool,
}

/// One intervention in the comparison.
#[derive(Debug, Clone)]
pub struct Row<'kb> {
    pub intervention: &'kb Intervention,
    pub a: Standing,
    pub b: Standing,
    pub differences: Vec<Difference<'kb>>,
}

impl Row<'_> {
    /// Places moved up from A to B (negative: down); `None` when either side is excluded.
    pub fn places_up(&self) -> Option<i64> {
        match (self.a, self.b) {
            (Standing::Ranked { rank: a, .. }, Standing::Ranked { rank: b, .. }) => {
                Some(a as i64 - b as i64)
            }
            _ => None,
        }
    }

    /// The change in score from A to B, when both are ranked.
    pub fn score_change(&self) -> Option<f64> {
        match (self.a, self.b) {
            (Standing::Ranked { score: a, .. }, Standing::Ranked { score: b, .. }) => Some(b - a),
            _ => None,
        }
    }
}

/// The comparison of two profiles over one knowledge base.
#[derive(Debug, Clone)]
pub struct Comparison<'kb> {
    pub a: Advice<'kb>,
    pub b: Advice<'kb>,
    /// In B's order: ranked first, then excluded in catalogue order.
    pub rows: Vec<Row<'kb>>,
    /// The questions answered differently.
    pub changed: Vec<Dimension>,
}

fn standing(advice: &Advice<'_>, slug: &str) -> Standing {
    advice
        .recommendations
        .iter()
        .find(|r| r.intervention.slug == slug)
        .map_or(Standing::Excluded, |r| Standing::Ranked {
            rank: r.rank,
            score: r.score,
        })
}

/// Every rule that weighed for `slug` in `advice`, with how.
fn weights<'kb>(advice: &Advice<'kb>, slug: &str) -> Vec<(&'kb Rule, Weight)> {
    if let Some(r) = advice
        .recommendations
        .iter()
        .find(|r| r.intervention.slug == slug)
    {
        return r
            .reasons
            .iter()
            .chain(&r.caveats)
            .filter_map(|l| l.rule.map(|rule| (rule, Weight::Line(l.kind))))
            .collect();
    }
    advice
        .excluded
        .iter()
        .filter(|e| e.intervention.slug == slug)
        .flat_map(|e| e.rules.iter().map(|rule| (*rule, Weight::Excluding)))
        .collect()
}

/// Compares the advice for `a` with the advice for `b`.
pub fn compare<'kb>(
    kb: &'kb KnowledgeBase,
    a: &ClientProfile,
    b: &ClientProfile,
) -> Comparison<'kb> {
    let advice_a = recommend(kb, a);
    let advice_b = recommend(kb, b);
    let order = advice_b
        .recommendations
        .iter()
        .map(|r| r.intervention)
        .chain(advice_b.excluded.iter().map(|e| e.intervention));
    let rows = order
        .map(|intervention| {
            let in_a = weights(&advice_a, &intervention.slug);
            let in_b = weights(&advice_b, &intervention.slug);
            let only = |these: &[(&'kb Rule, Weight)], those: &[(&'kb Rule, Weight)], in_b| {
                these
                    .iter()
                    .filter(|(rule, weight)| {
                        !those.iter().any(|(r, w)| r.id == rule.id && w == weight)
                    })
                    .map(|(rule, weight)| Difference {
                        rule,
                        weight: *weight,
                        in_b,
                    })
                    .collect::<Vec<_>>()
            };
            let mut differences = only(&in_a, &in_b, false);
            differences.extend(only(&in_b, &in_a, true));
            Row {
                intervention,
                a: standing(&advice_a, &intervention.slug),
                b: standing(&advice_b, &intervention.slug),
                differences,
            }
        })
        .collect();
    let changed = Dimension::ALL
        .iter()
        .copied()
        .filter(|d| a.answer(*d) != b.answer(*d))
        .collect();
    Comparison {
        a: advice_a,
        b: advice_b,
        rows,
        changed,
    }
}

/// One intervention whose standing differs between two advices for the same profile.
#[derive(Debug, Clone)]
pub struct Move<'kb> {
    pub intervention: &'kb Intervention,
    pub before: Standing,
    pub after: Standing,
}

/// How the advice for one profile moves from one knowledge base to another (an
/// administrator's draft): every intervention whose rank, score or exclusion changed, in the
/// new advice's order. An intervention only in `after`'s knowledge base counts as excluded before.
pub fn moves<'kb>(before: &Advice<'_>, after: &Advice<'kb>) -> Vec<Move<'kb>> {
    after
        .recommendations
        .iter()
        .map(|r| r.intervention)
        .chain(after.excluded.iter().map(|e| e.intervention))
        .filter_map(|intervention| {
            let old = standing(before, &intervention.slug);
            let new = standing(after, &intervention.slug);
            (old != new).then_some(Move {
                intervention,
                before: old,
                after: new,
            })
        })
        .collect()
}
