//! The sources an advice page cites, for its "Bronnen": what the page itself shows (the cards'
//! facts, caveats and funding, the lines said once above the cards, the plan, the route, what
//! does not fit); the ledgers' other lines are cited on the reasoning page, which lists its
//! sources with the same [`distinct_sources`].

use super::CardView;
use super::shared::SharedView;
use crate::domain::knowledge::Intervention;
use crate::domain::matching::{Advice, Tier};
use crate::web::plan_view::PlanStepView;
use crate::web::route_view::RouteJson;

/// Every source the page cites, once each, sorted: what the cards say (their interventions'
/// facts, caveats and funding lines), the lines said once above the cards, the plan, the route
/// and the excluded interventions' rules. The ledgers' other lines are on the reasoning page
/// and cited there.
pub(super) fn cited_sources(
    cards: &[CardView<'_>],
    shared: &SharedView,
    plan: &[PlanStepView],
    advice: &Advice<'_>,
    route: Option<&RouteJson>,
) -> Vec<String> {
    let on_cards = cards.iter().flat_map(|c| {
        let caveats = c.caveats.iter().map(|l| l.source);
        caveats.chain(c.funding.iter().map(|f| f.source.as_str()))
    });
    let facts = advice
        .recommendations
        .iter()
        .flat_map(|r| fact_sources(r.intervention, r.tier));
    let route = route.into_iter().flat_map(|r| {
        let coded = std::iter::once(&r.responsible).chain(&r.involve);
        let plain = r.client_duty.iter().chain(&r.to_check);
        coded
            .map(|l| l.source.as_str())
            .chain(plain.map(|l| l.source.as_str()))
    });
    let excluded = advice
        .excluded
        .iter()
        .flat_map(|e| e.rules.iter().map(|r| r.source.as_str()));
    distinct_sources(
        on_cards
            .chain(facts)
            .chain(shared.funding.iter().map(|f| f.source.as_str()))
            .chain(plan.iter().map(|p| p.source.as_str()))
            .chain(excluded)
            .chain(route),
    )
}

/// The sources of what a card in `tier` says about `intervention`: its evidence level and
/// recognitions and, outside "Past minder", what it is, how long it takes and who delivers it.
fn fact_sources(intervention: &Intervention, tier: Tier) -> impl Iterator<Item = &str> {
    let facts = ["summary", "duration", "delivered_by"]
        .into_iter()
        .filter(move |_| tier != Tier::Weak)
        .filter_map(|field| intervention.texts.get(field))
        .map(|t| t.source.as_str());
    let recognitions = intervention.recognitions.iter().map(|r| r.source.as_str());
    std::iter::once(intervention.evidence_source.as_str())
        .chain(recognitions)
        .chain(facts)
}

/// The distinct sources among `citations`, sorted; a combined citation "A; B" counts as A and B.
pub(in crate::web::pages) fn distinct_sources<'s>(
    citations: impl Iterator<Item = &'s str>,
) -> Vec<String> {
    let mut sources: Vec<&str> = citations
        .flat_map(|s| s.split("; "))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    sources.sort_unstable();
    sources.dedup();
    sources.into_iter().map(str::to_owned).collect()
}
