//! What the cards of an advice would all say alike, said once above them (issue 19: a typical
//! advice page under 40 KB): a "Wie betaalt" line that holds for every card (the employer's
//! line on sick leave, say), and the generic next step that several cards without a step of
//! the plan share. Each card keeps a short pointer, so that it still answers "who pays" and
//! "next step" at a glance. The folded "Past minder" cards keep only the payers the sources
//! name for them alone: their other facts are on the intervention's own page.

use super::CardView;
use crate::web::route_view::FundingView;

/// What is said once for the cards.
#[derive(Default)]
pub struct SharedView {
    /// The funding lines every card has, each with its source.
    pub funding: Vec<FundingView>,
    /// The generic next step that the cards marked `next_shared` share.
    pub next_step: Option<String>,
}

impl SharedView {
    /// Whether there is nothing to say once.
    pub fn is_empty(&self) -> bool {
        self.funding.is_empty() && self.next_step.is_none()
    }
}

/// Takes what the cards share out of them (marks it, for the pointers) and returns it.
pub fn share(cards: &mut [CardView<'_>]) -> SharedView {
    let shared = SharedView {
        funding: shared_funding(cards),
        next_step: shared_next_step(cards),
    };
    for card in cards.iter_mut() {
        for line in &mut card.funding {
            line.shared = shared.funding.iter().any(|s| same(s, line));
        }
        card.next_shared = card.plan_step.is_none()
            && card.tier != "weak"
            && shared.next_step.as_ref() == Some(&card.next_step);
        if card.tier == "weak" {
            card.funding.retain(|f| !f.shared && f.payer != "unknown");
        }
    }
    shared
}

/// Two funding lines say the same: same payer, text and source.
fn same(a: &FundingView, b: &FundingView) -> bool {
    a.payer == b.payer && a.text == b.text && a.source == b.source
}

/// The funding lines of the first card that every other card has too (none for one card).
fn shared_funding(cards: &[CardView<'_>]) -> Vec<FundingView> {
    let Some((first, rest)) = cards.split_first() else {
        return Vec::new();
    };
    if rest.is_empty() {
        return Vec::new();
    }
    first
        .funding
        .iter()
        .filter(|line| rest.iter().all(|c| c.funding.iter().any(|l| same(l, line))))
        .cloned()
        .collect()
}

/// The generic next step said on most cards that show one (not in the plan, not folded as
/// "Past minder"), when at least two say it; the first such in rank order on a tie.
fn shared_next_step(cards: &[CardView<'_>]) -> Option<String> {
    let generic: Vec<&String> = cards
        .iter()
        .filter(|c| c.plan_step.is_none() && c.tier != "weak")
        .map(|c| &c.next_step)
        .collect();
    let count = |step: &String| generic.iter().filter(|s| **s == step).count();
    let best = generic
        .iter()
        .copied()
        .rev()
        .max_by_key(|step| count(step))?;
    (count(best) >= 2).then(|| best.clone())
}
