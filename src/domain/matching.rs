//! The matching engine: one generic evaluator of the knowledge base's rules over a profile.
//!
//! An advice is a ledger. For each intervention every rule is weighed against the profile's
//! answer on its dimension; each rule that fires adds a line (text, points, source), the
//! evidence level adds its line, and the score is the sum of the lines. A `require` or
//! `exclude` rule that fires excludes the intervention; one whose answer is unknown becomes a
//! 0-point caveat still to check (`LineKind::ToCheck`), never an exclusion. A rule with a
//! condition (clauses on other answers) is skipped where the condition does not hold. Lines
//! carry kinds and rules, no sentences: the web layer words them. Pure: no IO, no clock, no
//! randomness.

use std::cmp::Ordering;

use super::knowledge::{Effect, EvidenceLevel, Intervention, KnowledgeBase, Rule, RuleMatcher};
use super::profile::{AnswerMasks, Barrier, ClientProfile, Dimension};

/// The ranked, explained advice for one profile.
#[derive(Debug, Clone)]
pub struct Advice<'kb> {
    pub knowledge_base_version: &'kb str,
    /// Best first; `rank` runs 1..n.
    pub recommendations: Vec<Recommendation<'kb>>,
    /// In catalogue order.
    pub excluded: Vec<Exclusion<'kb>>,
}

/// How well a recommendation fits, by its score (see [`tier_of`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tier {
    /// "Past goed": a score of at least [`STRONG_MIN_SCORE`] and at least
    /// [`STRONG_SHARE_OF_TOP`] of the best score.
    Strong,
    /// "Past mogelijk": a positive score below the strong tier.
    Possible,
    /// "Past minder": a score of 0 or less.
    Weak,
}

impl Tier {
    /// The code as the API spells it.
    pub fn code(self) -> &'static str {
        match self {
            Self::Strong => "strong",
            Self::Possible => "possible",
            Self::Weak => "weak",
        }
    }
}

/// The lowest score of the strong tier: an intervention with the strongest evidence (3
/// points) but nothing in the answers that speaks for it stays below.
pub const STRONG_MIN_SCORE: f64 = 4.0;
/// The share of the best score that the strong tier needs: close to the best, not far behind.
pub const STRONG_SHARE_OF_TOP: f64 = 0.75;

/// The tier of a score, given the best score of the same advice. Monotone in the score, so
/// tiers never rise down the ranking.
pub fn tier_of(score: f64, top: f64) -> Tier {
    if score <= 0.0 {
        Tier::Weak
    } else if score >= STRONG_MIN_SCORE && score >= STRONG_SHARE_OF_TOP * top {
        Tier::Strong
    } else {
        Tier::Possible
    }
}

/// An intervention that fits, with its ledger.
#[derive(Debug, Clone)]
pub struct Recommendation<'kb> {
    pub intervention: &'kb Intervention,
    pub evidence: &'kb EvidenceLevel,
    pub rank: usize,
    /// Set with the rank, from the score and the best score.
    pub tier: Tier,
    /// The sum of the points of `reasons` and `caveats`.
    pub score: f64,
    /// The evidence line first, then fits and met requirements in rule order.
    pub reasons: Vec<Line<'kb>>,
    /// Cautions and what is still to check, in rule order.
    pub caveats: Vec<Line<'kb>>,
}

impl Recommendation<'_> {
    /// Whether a caution rule fired for this client (not a mere "still to check").
    pub fn has_caution(&self) -> bool {
        self.caveats.iter().any(|l| l.kind == LineKind::Caution)
    }
}

/// An intervention that is not suggested: one that does not fit, with the rules that ruled
/// it out, or one the client already follows or followed (`current`, without rules).
#[derive(Debug, Clone)]
pub struct Exclusion<'kb> {
    pub intervention: &'kb Intervention,
    pub rules: Vec<&'kb Rule>,
    /// Named in the profile's current interventions: never suggested as new.
    pub current: bool,
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
    /// For a barrier rule: the client's barriers it matched, as a bit mask over
    /// [`Barrier::ALL`]; see [`Line::matched`].
    pub matched_mask: u64,
}

impl<'kb> Line<'kb> {
    /// For a barrier rule: the codes of the client's barriers it matched.
    pub fn matched(&self) -> Vec<&'static str> {
        Barrier::ALL
            .iter()
            .filter(|b| self.matched_mask & (1 << b.index()) != 0)
            .map(|b| b.code())
            .collect()
    }

    /// The seed passage the line rests on.
    pub fn source(&self, recommendation: &Recommendation<'kb>) -> &'kb str {
        match self.rule {
            Some(rule) => &rule.source,
            None => &recommendation.intervention.evidence_source,
        }
    }
}

/// Weighs every intervention of `kb` against `profile`.
pub fn recommend<'kb>(kb: &'kb KnowledgeBase, profile: &ClientProfile) -> Advice<'kb> {
    let mut recommendations = Vec::with_capacity(kb.interventions().len());
    let mut excluded = Vec::new();
    let answers = profile.answer_masks();
    for (position, intervention) in kb.interventions().iter().enumerate() {
        if profile.current_interventions.contains(&intervention.slug) {
            excluded.push(Exclusion {
                intervention,
                rules: Vec::new(),
                current: true,
            });
            continue;
        }
        match weigh(kb, intervention, kb.matchers(position), &answers) {
            Ok(recommendation) => recommendations.push(recommendation),
            Err(exclusion) => excluded.push(exclusion),
        }
    }
    rank(&mut recommendations);
    Advice {
        knowledge_base_version: kb.version(),
        recommendations,
        excluded,
    }
}

/// What the ranking compares of one recommendation, copied out of it: comparing the
/// recommendations themselves reads each one's evidence level and intervention from all over
/// the memory, which was half of an advice's time over 10,000 interventions.
#[derive(Debug, Clone, Copy)]
struct RankKey {
    score: f64,
    caution: bool,
    strength: i64,
    position: i64,
}

impl RankKey {
    fn of(recommendation: &Recommendation<'_>) -> Self {
        Self {
            score: recommendation.score,
            caution: recommendation.has_caution(),
            strength: recommendation.evidence.strength,
            position: recommendation.intervention.position,
        }
    }

    /// Higher score first; on a tie one without a caution for this client before one with,
    /// then the stronger evidence, then catalogue order.
    fn ranking_order(&self, other: &Self) -> Ordering {
        other
            .score
            .total_cmp(&self.score)
            .then(self.caution.cmp(&other.caution))
            .then(other.strength.cmp(&self.strength))
            .then(self.position.cmp(&other.position))
    }

    /// The key as one integer whose ascending order is [`Self::ranking_order`]: the score
    /// descending (its bits in IEEE total order, as `f64::total_cmp`), no caution first, the
    /// strength descending, the position ascending. Integers sort several times faster than
    /// the comparison chain. `None` when the strength or the position does not fit its 31 or
    /// 32 bits (then the ranking compares the keys field by field).
    fn packed(&self) -> Option<u128> {
        let bits = self.score.to_bits() as i64;
        // `f64::total_cmp`'s transform: as signed integers the bits now sort in total order.
        let total = bits ^ ((((bits >> 63) as u64) >> 1) as i64);
        let score_descending = !((total as u64) ^ (1 << 63));
        let strength = u32::try_from(self.strength.checked_add(1 << 30)?)
            .ok()
            .filter(|s| *s < 1 << 31)?;
        let strength_descending = (1u32 << 31) - 1 - strength;
        let position = u32::try_from(self.position).ok()?;
        Some(
            (u128::from(score_descending) << 64)
                | (u128::from(self.caution) << 63)
                | (u128::from(strength_descending) << 32)
                | u128::from(position),
        )
    }
}

/// The indices of `recommendations` best first (see [`RankKey::ranking_order`]; equal keys
/// keep their order).
fn ranking(recommendations: &[Recommendation<'_>]) -> Vec<usize> {
    let packed: Option<Vec<(u128, u32)>> = recommendations
        .iter()
        .enumerate()
        .map(|(i, r)| Some((RankKey::of(r).packed()?, u32::try_from(i).ok()?)))
        .collect();
    if let Some(mut keys) = packed {
        // The index settles equal keys, so the faster unstable sort gives the stable order.
        keys.sort_unstable();
        return keys.into_iter().map(|(_, i)| i as usize).collect();
    }
    let mut order: Vec<(RankKey, usize)> = recommendations
        .iter()
        .enumerate()
        .map(|(i, r)| (RankKey::of(r), i))
        .collect();
    order.sort_unstable_by(|(a, i), (b, j)| a.ranking_order(b).then(i.cmp(j)));
    order.into_iter().map(|(_, i)| i).collect()
}

/// Puts `recommendations` best first (see [`ranking`]), numbers them and puts each in its
/// tier.
fn rank(recommendations: &mut Vec<Recommendation<'_>>) {
    let order = ranking(recommendations);
    let mut slots: Vec<Option<Recommendation<'_>>> = recommendations.drain(..).map(Some).collect();
    recommendations.extend(order.iter().filter_map(|&i| slots[i].take()));
    let top = recommendations.first().map_or(0.0, |r| r.score);
    for (i, recommendation) in recommendations.iter_mut().enumerate() {
        recommendation.rank = i + 1;
        recommendation.tier = tier_of(recommendation.score, top);
    }
}

/// How one rule meets one answer.
enum Outcome {
    Fires,
    Silent,
    Unknown,
}

fn outcome(matcher: &RuleMatcher, answers: &AnswerMasks) -> Outcome {
    let answer = answers[matcher.dimension.index()];
    if matcher.mask & answer != 0 {
        Outcome::Fires
    } else if matcher.unknown != 0 && answer == matcher.unknown {
        Outcome::Unknown
    } else {
        Outcome::Silent
    }
}

/// For a barrier rule that fired: the client's barriers it matched, as a mask.
fn matched(matcher: &RuleMatcher, answers: &AnswerMasks) -> u64 {
    if matcher.dimension == Dimension::Barriers {
        matcher.mask & answers[Dimension::Barriers.index()]
    } else {
        0
    }
}

fn weigh<'kb>(
    kb: &'kb KnowledgeBase,
    intervention: &'kb Intervention,
    matchers: &[RuleMatcher],
    answers: &AnswerMasks,
) -> Result<Recommendation<'kb>, Exclusion<'kb>> {
    // First only look for what excludes: an excluded intervention needs no ledger.
    let excludes = |matcher: &&RuleMatcher| {
        matches!(
            (matcher.effect, outcome(matcher, answers)),
            (Effect::Require, Outcome::Silent) | (Effect::Exclude, Outcome::Fires)
        )
    };
    let rule_of = |matcher: &RuleMatcher| &intervention.rules[matcher.rule as usize];
    // A rule with a condition that does not hold for this client is skipped.
    let applies =
        |matcher: &&RuleMatcher| !matcher.conditional || rule_of(matcher).condition.holds(answers);
    if matchers.iter().filter(applies).any(|m| excludes(&m)) {
        return Err(Exclusion {
            intervention,
            rules: matchers
                .iter()
                .filter(applies)
                .filter(excludes)
                .map(rule_of)
                .collect(),
            current: false,
        });
    }
    let evidence = kb.evidence_of(intervention);
    let mut reasons = Vec::with_capacity(6);
    reasons.push(Line {
        kind: LineKind::Evidence,
        rule: None,
        points: evidence.points,
        matched_mask: 0,
    });
    let mut caveats = Vec::new();
    for matcher in matchers.iter().filter(applies) {
        let line = |kind, matched_mask| Line {
            kind,
            rule: Some(rule_of(matcher)),
            points: matcher.points,
            matched_mask,
        };
        match (matcher.effect, outcome(matcher, answers)) {
            (Effect::Require | Effect::Exclude, Outcome::Unknown) => {
                caveats.push(line(LineKind::ToCheck, 0))
            }
            (Effect::Require, Outcome::Fires) => {
                reasons.push(line(LineKind::RequirementMet, matched(matcher, answers)))
            }
            (Effect::Fit, Outcome::Fires) => {
                reasons.push(line(LineKind::Fit, matched(matcher, answers)))
            }
            (Effect::Caution, Outcome::Fires) => {
                caveats.push(line(LineKind::Caution, matched(matcher, answers)))
            }
            _ => {}
        }
    }
    let score = reasons.iter().chain(&caveats).map(|l| l.points).sum();
    Ok(Recommendation {
        intervention,
        evidence,
        rank: 0,
        tier: Tier::Weak,
        score,
        reasons,
        caveats,
    })
}

#[cfg(test)]
mod tests {
    use super::RankKey;
    use proptest::prelude::*;

    fn score() -> impl Strategy<Value = f64> {
        prop_oneof![
            any::<f64>(),
            prop::sample::select(vec![0.0, -0.0, 1.5, -3.0, 13.5, f64::INFINITY, f64::NAN]),
        ]
    }

    fn key() -> impl Strategy<Value = RankKey> {
        let strength = prop_oneof![-3i64..8, Just(-(1 << 30)), Just((1 << 30) - 1)];
        let position = prop_oneof![0i64..20, Just(i64::from(u32::MAX))];
        (score(), any::<bool>(), strength, position).prop_map(
            |(score, caution, strength, position)| RankKey {
                score,
                caution,
                strength,
                position,
            },
        )
    }

    proptest! {
        #[test]
        fn the_packed_key_sorts_as_the_ranking_order(a in key(), b in key()) {
            let (pa, pb) = (a.packed().unwrap(), b.packed().unwrap());
            prop_assert_eq!(pa.cmp(&pb), a.ranking_order(&b));
        }
    }

    #[test]
    fn a_key_outside_its_bits_is_not_packed() {
        let key = |strength, position| RankKey {
            score: 1.0,
            caution: false,
            strength,
            position,
        };
        assert!(key(1 << 30, 0).packed().is_none());
        assert!(key(-(1 << 30) - 1, 0).packed().is_none());
        assert!(key(0, -1).packed().is_none());
        assert!(key(0, 1 << 32).packed().is_none());
        assert!(key(0, 0).packed().is_some());
    }
}
