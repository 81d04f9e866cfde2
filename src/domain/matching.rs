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

impl LineKind {
    /// Every kind, each at its [`LineKind::index`].
    pub const ALL: [Self; 5] = [
        Self::Evidence,
        Self::Fit,
        Self::RequirementMet,
        Self::Caution,
        Self::ToCheck,
    ];

    /// The kind's place in [`LineKind::ALL`] (a `match`, so a new kind cannot be forgotten here).
    pub fn index(self) -> usize {
        match self {
            Self::Evidence => 0,
            Self::Fit => 1,
            Self::RequirementMet => 2,
            Self::Caution => 3,
            Self::ToCheck => 4,
        }
    }

    /// The code as the API spells it.
    pub fn code(self) -> &'static str {
        match self {
            Self::Evidence => "evidence",
            Self::Fit => "fit",
            Self::RequirementMet => "requirement_met",
            Self::Caution => "caution",
            Self::ToCheck => "to_check",
        }
    }
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
    let count = kb.interventions().len();
    let mut recommendations = Vec::with_capacity(count);
    let mut keys = Vec::with_capacity(count);
    let mut excluded = Vec::new();
    let mut ledger = Ledger::default();
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
        match weigh(kb, position, intervention, &answers, &mut ledger) {
            Ok(recommendation) => {
                let key = RankKey {
                    score: recommendation.score,
                    caution: ledger.caution,
                    strength_rank: kb.compiled().strength_rank(position),
                    place: u32::try_from(recommendations.len())
                        .expect("Compiled::new: fewer than 2^32 interventions"),
                };
                keys.push(key.packed());
                recommendations.push(recommendation);
            }
            Err(exclusion) => excluded.push(exclusion),
        }
    }
    rank(&mut recommendations, keys);
    Advice {
        knowledge_base_version: kb.version(),
        recommendations,
        excluded,
    }
}

/// What the ranking compares of one recommendation, noted while it is weighed: comparing the
/// recommendations themselves reads each one's evidence level, caveats and intervention from
/// all over the memory, which was half of an advice's time over 10,000 interventions.
#[derive(Debug, Clone, Copy)]
struct RankKey {
    score: f64,
    /// Whether a caution rule fired (see [`Recommendation::has_caution`]).
    caution: bool,
    /// The evidence's strength as [`super::knowledge::compiled::Compiled::strength_rank`]: ordered as
    /// the strength itself.
    strength_rank: u32,
    /// The recommendation's place among the recommendations, which are in catalogue order.
    /// [`KnowledgeBase::new`] sorts the catalogue by position (then slug), so this orders as
    /// the interventions' positions, with equal positions in catalogue order.
    place: u32,
}

impl RankKey {
    /// The ranking order: higher score first; on a tie one without a caution for this client
    /// before one with, then the stronger evidence, then catalogue order. The ranking sorts
    /// [`Self::packed`] instead, which orders the same (a test checks).
    #[cfg(test)]
    fn ranking_order(&self, other: &Self) -> std::cmp::Ordering {
        other
            .score
            .total_cmp(&self.score)
            .then(self.caution.cmp(&other.caution))
            .then(other.strength_rank.cmp(&self.strength_rank))
            .then(self.place.cmp(&other.place))
    }

    /// The key as one integer whose ascending order is the ranking order: the score
    /// descending (its bits in IEEE total order, as `f64::total_cmp`), no caution first, the
    /// strength descending, the place ascending as the low 32 bits. Integers sort several
    /// times faster than a comparison chain.
    fn packed(&self) -> u128 {
        let bits = self.score.to_bits() as i64;
        // `f64::total_cmp`'s transform: as signed integers the bits now sort in total order.
        let total = bits ^ ((((bits >> 63) as u64) >> 1) as i64);
        let score_descending = !((total as u64) ^ (1 << 63));
        // Below 2^31 (`Compiled::new` checks), so the strength fits its 31 bits.
        let strength_descending = (1 << 31) - 1 - self.strength_rank;
        (u128::from(score_descending) << 64)
            | (u128::from(self.caution) << 63)
            | (u128::from(strength_descending) << 32)
            | u128::from(self.place)
    }
}

/// Puts `recommendations` best first by their packed [`RankKey`]s (`keys[i]` the key of
/// `recommendations[i]`; no two are equal, their places differ), numbers them and puts each
/// in its tier.
fn rank(recommendations: &mut [Recommendation<'_>], mut keys: Vec<u128>) {
    keys.sort_unstable();
    // Each key keeps only its place: the place of the recommendation that goes there.
    let mut order: Vec<u32> = keys.iter().map(|&key| key as u32).collect();
    permute(recommendations, &mut order);
    let top = recommendations.first().map_or(0.0, |r| r.score);
    for (i, recommendation) in recommendations.iter_mut().enumerate() {
        recommendation.rank = i + 1;
        recommendation.tier = tier_of(recommendation.score, top);
    }
}

/// Rearranges `items` in place so that `items[k]` becomes the item that was at `order[k]`
/// (`order` a permutation of `0..items.len()`), by swaps along each cycle of the permutation,
/// without a second array of items; leaves `order` as the identity.
fn permute<T>(items: &mut [T], order: &mut [u32]) {
    for start in 0..items.len() {
        let mut current = start;
        // Along the cycle through `start`: the item of `start` travels on while each place
        // takes the item it wants; a place done points at itself.
        while order[current] as usize != start {
            let next = order[current] as usize;
            items.swap(current, next);
            order[current] = current as u32;
            current = next;
        }
        order[current] = current as u32;
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

/// The lines of one intervention's ledger while it is weighed, reused from one intervention
/// to the next, so that a recommendation's reasons and caveats are each allocated once, at
/// their size.
#[derive(Default)]
struct Ledger<'kb> {
    reasons: Vec<Line<'kb>>,
    caveats: Vec<Line<'kb>>,
    /// Whether a caution rule fired.
    caution: bool,
}

/// Weighs the intervention at `position` of the catalogue: its recommendation (and in
/// `ledger` whether a caution rule fired), or its exclusion.
fn weigh<'kb>(
    kb: &'kb KnowledgeBase,
    position: usize,
    intervention: &'kb Intervention,
    answers: &AnswerMasks,
    ledger: &mut Ledger<'kb>,
) -> Result<Recommendation<'kb>, Exclusion<'kb>> {
    let compiled = kb.compiled();
    let matchers = compiled.matchers(position);
    let rule_of = |matcher: &RuleMatcher| &intervention.rules[matcher.rule as usize];
    // A rule with a condition that does not hold for this client is skipped.
    let applies =
        |matcher: &&RuleMatcher| !matcher.conditional || compiled.condition_holds(matcher, answers);
    // First only look for what excludes: an excluded intervention needs no ledger.
    let excludes = |matcher: &&RuleMatcher| {
        matches!(
            (matcher.effect, outcome(matcher, answers)),
            (Effect::Require, Outcome::Silent) | (Effect::Exclude, Outcome::Fires)
        )
    };
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
    let evidence = &kb.evidence_levels()[compiled.evidence_index(position)];
    let Ledger {
        reasons,
        caveats,
        caution,
    } = ledger;
    reasons.clear();
    caveats.clear();
    *caution = false;
    reasons.push(Line {
        kind: LineKind::Evidence,
        rule: None,
        points: evidence.points,
        matched_mask: 0,
    });
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
                *caution = true;
                caveats.push(line(LineKind::Caution, matched(matcher, answers)))
            }
            _ => {}
        }
    }
    Ok(Recommendation {
        intervention,
        evidence,
        rank: 0,
        tier: Tier::Weak,
        score: reasons.iter().chain(caveats.iter()).map(|l| l.points).sum(),
        reasons: reasons.to_vec(),
        caveats: caveats.to_vec(),
    })
}

#[cfg(test)]
mod tests {
    use super::{LineKind, RankKey, permute};
    use proptest::prelude::*;

    #[test]
    fn every_line_kind_sits_at_its_index_with_its_own_code() {
        for (i, kind) in LineKind::ALL.iter().enumerate() {
            assert_eq!(kind.index(), i, "{kind:?}");
        }
        let mut codes: Vec<&str> = LineKind::ALL.iter().map(|k| k.code()).collect();
        codes.dedup();
        assert_eq!(codes.len(), LineKind::ALL.len());
    }

    fn score() -> impl Strategy<Value = f64> {
        prop_oneof![
            any::<f64>(),
            prop::sample::select(vec![0.0, -0.0, 1.5, -3.0, 13.5, f64::INFINITY, f64::NAN]),
        ]
    }

    fn key() -> impl Strategy<Value = RankKey> {
        let strength_rank = prop_oneof![0u32..8, Just((1 << 31) - 1)];
        let place = prop_oneof![0u32..20, Just(u32::MAX)];
        (score(), any::<bool>(), strength_rank, place).prop_map(
            |(score, caution, strength_rank, place)| RankKey {
                score,
                caution,
                strength_rank,
                place,
            },
        )
    }

    proptest! {
        #[test]
        fn the_packed_key_sorts_as_the_ranking_order(a in key(), b in key()) {
            prop_assert_eq!(a.packed().cmp(&b.packed()), a.ranking_order(&b));
        }

        #[test]
        fn the_packed_key_ends_in_its_place(a in key()) {
            prop_assert_eq!(a.packed() as u32, a.place);
        }

        #[test]
        fn permute_puts_each_item_where_the_order_says(
            order in (0usize..40).prop_flat_map(|n| Just((0..n as u32).collect::<Vec<_>>()).prop_shuffle())
        ) {
            let items: Vec<String> = (0..order.len()).map(|i| format!("item {i}")).collect();
            let expected: Vec<String> = order.iter().map(|&i| items[i as usize].clone()).collect();
            let (mut permuted, mut order) = (items, order);
            permute(&mut permuted, &mut order);
            prop_assert_eq!(permuted, expected);
            prop_assert!(order.iter().enumerate().all(|(i, &o)| o as usize == i));
        }
    }
}
