//! One card of the advice page at a glance: what the intervention is, how long it takes, who
//! delivers it, who pays, the next step and what to watch (its ledger is on the reasoning
//! page); and the scores as a chart of meters for the reasoning page.

use super::advice::{BarView, CardView, ChartView, line_view, providers};
use crate::domain::knowledge::KnowledgeBase;
use crate::domain::lang::Lang;
use crate::domain::matching::{Advice, Recommendation};
use crate::domain::profile::ClientProfile;
use crate::web::format::{format_points, one_decimal};
use crate::web::plan_view::PlanStepView;
use crate::web::route_view::FundingView;
use crate::web::texts;

/// The card of one recommendation. `plan` is the advice's plan: the first step that names this
/// intervention is its next step.
pub fn card_view<'a>(
    kb: &'a KnowledgeBase,
    r: &Recommendation<'a>,
    profile: &'a ClientProfile,
    plan: &[PlanStepView],
    funding: Vec<FundingView>,
    lang: Lang,
    date: &str,
) -> CardView<'a> {
    let slug = r.intervention.slug.as_str();
    let text = |field: &str| r.intervention.texts.get(field).map(|t| t.text.get(lang));
    let providers = profile
        .region
        .as_deref()
        .map(|region| providers(kb, region, slug, lang, date));
    let plan_step = plan
        .iter()
        .find(|s| s.interventions.iter().any(|(s, _)| s == slug))
        .map(|s| (s.order, s.phase_label, s.text.clone()));
    CardView {
        slug,
        name: r.intervention.name.get(lang),
        rank: r.rank,
        tier: r.tier.code(),
        score: format_points(r.score, lang, false),
        evidence_code: &r.evidence.code,
        evidence_label: r.evidence.label.get(lang),
        institutes: r
            .intervention
            .recognitions
            .iter()
            .map(|x| x.institute.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        summary: text("summary"),
        delivered_by: text("delivered_by"),
        duration: text("duration"),
        next_step: generic_next_step(providers.as_ref().map(Vec::len), lang),
        next_short: short_next_step(providers.as_ref().map(Vec::len), lang),
        next_shared: false,
        plan_step,
        reasons: r.reasons.iter().map(|l| line_view(l, r, lang)).collect(),
        caveats: r.caveats.iter().map(|l| line_view(l, r, lang)).collect(),
        providers,
        funding,
    }
}

/// The next step when the plan names none for a card: talk it over with the client, then a
/// provider, as far as the sociale kaart knows one (`providers`: how many it knows in the
/// chosen region, `None` without a region). Nothing here claims more than the data says.
fn generic_next_step(providers: Option<usize>, lang: Lang) -> String {
    let tx = &texts::for_lang(lang).advice;
    let then = match providers {
        Some(0) => tx.next_no_providers,
        Some(_) => tx.next_providers,
        None => tx.next_no_region,
    };
    format!("{} {then}", tx.next_talk)
}

/// [`generic_next_step`] in a few words, for a card that points to it said once above.
fn short_next_step(providers: Option<usize>, lang: Lang) -> &'static str {
    let tx = &texts::for_lang(lang).advice;
    match providers {
        Some(0) => tx.next_short_no_providers,
        Some(_) => tx.next_short_providers,
        None => tx.next_short_no_region,
    }
}

/// The scores of every recommendation as bars; the longest is the highest score (at least 1).
pub fn chart_view<'a>(advice: &Advice<'a>, lang: Lang) -> ChartView<'a> {
    let max = advice
        .recommendations
        .iter()
        .map(|r| r.score)
        .fold(1.0_f64, f64::max);
    ChartView {
        max: one_decimal(max, '.'),
        bars: advice
            .recommendations
            .iter()
            .map(|r| BarView {
                label: r.intervention.name.get(lang),
                score: format_points(r.score, lang, false),
                value: one_decimal(r.score.max(0.0), '.'),
            })
            .collect(),
    }
}
