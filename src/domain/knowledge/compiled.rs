//! The knowledge base's rules compiled for the engine: what [`crate::domain::matching`] tests
//! of each rule and of each rule's condition, as bit masks side by side in a few arrays, built
//! once by [`super::KnowledgeBase::new`]. An advice reads a few bytes per rule from them and
//! takes a [`super::Rule`] (texts, source, the condition's values) only by reference, for the
//! rules that fire: over 10,000 interventions, reading each condition from its rule was a cache
//! miss per conditional rule, about half of an advice's time.

use super::{Effect, EvidenceLevel, Intervention};
use crate::domain::profile::{AnswerMasks, Dimension};

/// What the engine tests of one rule.
#[derive(Debug, Clone, Copy)]
pub struct RuleMatcher {
    /// The rule's values as a bit mask over its dimension's allowed values.
    pub mask: u64,
    /// The bit of the answer "unknown" on the rule's dimension; 0 when it has none.
    pub unknown: u64,
    pub points: f64,
    pub dimension: Dimension,
    pub effect: Effect,
    /// Whether the rule has a condition that must hold before it applies.
    pub conditional: bool,
    /// The rule's position in its intervention's `rules`.
    pub rule: u32,
    /// Where the condition's clauses start in [`Compiled`]'s clauses.
    pub clauses_start: u32,
    /// How many clauses the condition has (0: always).
    pub clauses_len: u32,
}

/// One clause of a rule's condition: the answer on `dimension` must share a bit with `mask`.
#[derive(Debug, Clone, Copy)]
pub struct ClauseMatcher {
    pub mask: u64,
    pub dimension: Dimension,
}

/// The matchers of every intervention, in catalogue and rule order, with their conditions'
/// clauses and each intervention's evidence level and its rank by strength.
#[derive(Debug, Clone, Default)]
pub struct Compiled {
    matchers: Vec<RuleMatcher>,
    /// Where each intervention's matchers start in `matchers`; one more entry at the end.
    starts: Vec<usize>,
    clauses: Vec<ClauseMatcher>,
    /// Each intervention's `evidence_index`, in catalogue order.
    evidence: Vec<usize>,
    /// Each intervention's [`Self::strength_rank`], in catalogue order.
    strength_ranks: Vec<u32>,
}

impl Compiled {
    /// Compiles the rules of `interventions` (in catalogue order, evidence indices into
    /// `evidence_levels` set).
    pub fn new(interventions: &[Intervention], evidence_levels: &[EvidenceLevel]) -> Self {
        // Per level: how many distinct strengths are weaker.
        let level_ranks: Vec<u32> = evidence_levels
            .iter()
            .map(|level| {
                let mut weaker: Vec<i64> = evidence_levels
                    .iter()
                    .map(|l| l.strength)
                    .filter(|s| *s < level.strength)
                    .collect();
                weaker.sort_unstable();
                weaker.dedup();
                u32::try_from(weaker.len())
                    .ok()
                    .filter(|rank| *rank < 1 << 31)
                    .expect("fewer than 2^31 evidence levels")
            })
            .collect();
        let mut compiled = Self {
            starts: vec![0],
            ..Self::default()
        };
        // The engine numbers an advice's recommendations in 32 bits.
        to_u32(interventions.len());
        for intervention in interventions {
            for (i, rule) in intervention.rules.iter().enumerate() {
                let clauses_start = to_u32(compiled.clauses.len());
                compiled
                    .clauses
                    .extend(rule.condition.clauses.iter().map(|c| ClauseMatcher {
                        mask: c.mask(),
                        dimension: c.dimension,
                    }));
                compiled.matchers.push(RuleMatcher {
                    mask: rule.dimension.mask_of(rule.values.iter().copied()),
                    unknown: rule.dimension.unknown_bit(),
                    points: rule.points,
                    dimension: rule.dimension,
                    effect: rule.effect,
                    conditional: !rule.condition.is_always(),
                    rule: to_u32(i),
                    clauses_start,
                    clauses_len: to_u32(rule.condition.clauses.len()),
                });
            }
            compiled.starts.push(compiled.matchers.len());
            compiled.evidence.push(intervention.evidence_index);
            compiled
                .strength_ranks
                .push(level_ranks[intervention.evidence_index]);
        }
        compiled
    }

    /// The [`RuleMatcher`]s of the intervention at `position` in the catalogue.
    pub fn matchers(&self, position: usize) -> &[RuleMatcher] {
        &self.matchers[self.starts[position]..self.starts[position + 1]]
    }

    /// The evidence index of the intervention at `position` in the catalogue.
    pub fn evidence_index(&self, position: usize) -> usize {
        self.evidence[position]
    }

    /// How many distinct strengths of evidence are weaker than the evidence of the
    /// intervention at `position`: ordered as the strengths (equal for equal strengths), and
    /// below 2^31.
    pub fn strength_rank(&self, position: usize) -> u32 {
        self.strength_ranks[position]
    }

    /// Whether the condition of `matcher`'s rule holds for these answers: every clause holds
    /// (as [`crate::domain::route::Condition::holds`]).
    pub fn condition_holds(&self, matcher: &RuleMatcher, answers: &AnswerMasks) -> bool {
        let start = matcher.clauses_start as usize;
        self.clauses[start..start + matcher.clauses_len as usize]
            .iter()
            .all(|c| answers[c.dimension.index()] & c.mask != 0)
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).expect("fewer than 2^32 interventions, rules and clauses")
}
