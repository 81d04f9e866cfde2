//! The advice page (a case's `/advies/{code}`, an example's `/voorbeelden/{slug}`): the ranked
//! cards with their caveats and a link each to their ledger on the reasoning page
//! ([`super::reasoning`]), what does not fit and the answers given. The answers are never in a
//! URL or a log line.

mod shared;
mod sources;

use std::borrow::Cow;
use std::sync::atomic::{AtomicUsize, Ordering};

use askama::Template;
use axum::response::{Html, IntoResponse, Response};

use super::Chrome;
use crate::domain::knowledge::KnowledgeBase;
use crate::domain::lang::Lang;
use crate::domain::matching::{Advice, Line, LineKind, Recommendation, Tier, recommend};
use crate::domain::profile::{Answer, ClientProfile, Dimension};
use crate::web::error::AppError;
use crate::web::format::{format_points, today};
use crate::web::route_view::{FundingView, RouteJson, funding_views, route_json, this_year};
use crate::web::{labels, texts};
use shared::{SharedView, share};
use sources::cited_sources;
pub(super) use sources::distinct_sources;

/// The advice page (a response through [`render`]).
#[derive(Template)]
#[template(path = "advice.html")]
pub struct AdvicePage<'a> {
    pub chrome: Chrome,
    pub view: AdviceView<'a>,
    /// Set when the advice is for a fictional example client.
    pub example: Option<ExampleIntro>,
    /// Set when the advice is a stored case's (`/advies/{code}`).
    pub case: Option<CaseView>,
    /// The address of the advice's reasoning page (`/advies/{code}/onderbouwing`,
    /// `/voorbeelden/{slug}/onderbouwing`): the cards link there and show only their caveats.
    pub reasoning: String,
}

/// The stored case behind an advice page.
pub struct CaseView {
    pub code: String,
    /// The knowledge base changed since the case was saved.
    pub kb_changed: bool,
    /// The day the case will be deleted (`YYYY-MM-DD`).
    pub expires: String,
    /// What the last save changed, when the case was saved again (not on the reasoning page).
    pub change: Option<super::case_change::CaseChange>,
}

/// The story of an example client above its advice.
pub struct ExampleIntro {
    pub slug: String,
    pub title: String,
    pub story: String,
    pub source: String,
}

/// The advice, ready to show in one language. It borrows the knowledge base's texts rather
/// than copying them: the page is rendered while the knowledge base is held.
pub struct AdviceView<'a> {
    pub kb_version: &'a str,
    pub date: String,
    pub answers: Vec<AnswerView>,
    pub cards: Vec<CardView<'a>>,
    pub excluded: Vec<ExcludedView<'a>>,
    /// The groups of cards by tier.
    pub tiers: Vec<TierView>,
    /// One or two sentences: where to begin and why, then what follows.
    pub summary: String,
    /// The plan's steps in time order.
    pub plan: Vec<crate::web::plan_view::PlanStepView>,
    /// What the client already follows or followed: shown, never suggested as new.
    pub current: Vec<CurrentView<'a>>,
    pub chart: ChartView<'a>,
    pub sources: Vec<String>,
    /// The chosen region's code, for the links to the sociale kaart.
    pub region: Option<&'a str>,
    /// The answers as form pairs, so that the comparison can start from them (posted).
    pub pairs: Vec<(&'static str, String)>,
    /// Who holds the regie, who else is involved, the duty, what to check.
    pub route: Option<RouteJson>,
    /// What every card would say alike, said once above them.
    pub shared: SharedView,
}

/// One answer in the summary.
pub struct AnswerView {
    /// The question's form field, for the link to change just this answer.
    pub field: &'static str,
    pub question: &'static str,
    pub answer: String,
    /// `false` for an optional question left open ("niet beantwoord"): the advice page lists
    /// those together, the comparison per question.
    pub answered: bool,
}

/// One recommended intervention.
pub struct CardView<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub rank: usize,
    /// `strong`, `possible` or `weak`: the group the card is shown in.
    pub tier: &'static str,
    pub score: String,
    pub evidence_code: &'a str,
    pub evidence_label: &'a str,
    pub institutes: String,
    pub summary: Option<&'a str>,
    pub delivered_by: Option<&'a str>,
    /// How long it takes ("Duur en intensiteit").
    pub duration: Option<&'a str>,
    /// The plan step this intervention is in: (order, phase label, text).
    pub plan_step: Option<(usize, &'static str, String)>,
    /// A next step derived from the data when the plan has none for this card.
    pub next_step: String,
    /// `next_step` in a few words, for the card's pointer when it is said once above.
    pub next_short: &'static str,
    /// `next_step` is the one said once above the cards ([`SharedView`]).
    pub next_shared: bool,
    pub reasons: Vec<LineView<'a>>,
    pub caveats: Vec<LineView<'a>>,
    /// The providers in the chosen region; `None` when no region was chosen.
    pub providers: Option<Vec<ProviderView<'a>>>,
    /// Who pays ("Wie betaalt").
    pub funding: Vec<FundingView>,
}

/// One provider of an intervention in the chosen region (sociale kaart).
pub struct ProviderView<'a> {
    pub organisation_id: &'a str,
    pub name: &'a str,
    pub notes: &'a str,
    pub last_checked: &'a str,
    pub stale: bool,
}

/// The providers of `slug` in `region` on the sociale kaart.
pub fn providers<'a>(
    kb: &'a KnowledgeBase,
    region: &str,
    slug: &str,
    lang: Lang,
    today: &str,
) -> Vec<ProviderView<'a>> {
    kb.social_map()
        .find(Some(region), Some(slug), None)
        .into_iter()
        .map(|(o, s)| ProviderView {
            organisation_id: &o.id,
            name: &o.name,
            notes: s.notes.get(lang),
            last_checked: &s.last_checked,
            stale: crate::domain::social_map::is_stale(&s.last_checked, today),
        })
        .collect()
}

/// One line of a ledger.
pub struct LineView<'a> {
    pub text: Cow<'a, str>,
    pub points: String,
    /// `positive`, `negative` or `zero`: for the points' colour.
    pub sign: &'static str,
    pub source: &'a str,
    pub kind: &'static str,
}

/// One excluded intervention with why.
pub struct ExcludedView<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub reasons: Vec<(&'a str, &'a str)>,
    /// The plan step that names it for later (an intervention excluded now, such as
    /// SHARP-at-work before the return to work), as (order, phase label).
    pub later: Option<(usize, &'static str)>,
}

/// One group of cards by tier: "Past goed" open, the others folded (the possible group is
/// open too when there is no strong one).
pub struct TierView {
    pub code: &'static str,
    pub title: &'static str,
    pub intro: &'static str,
    pub count: usize,
    pub open: bool,
}

/// The groups of an advice that hold at least one card, best first.
fn tier_views(advice: &Advice<'_>, lang: Lang) -> Vec<TierView> {
    use crate::domain::matching::Tier;
    let count = |tier| {
        advice
            .recommendations
            .iter()
            .filter(|r| r.tier == tier)
            .count()
    };
    [Tier::Strong, Tier::Possible, Tier::Weak]
        .into_iter()
        .map(|tier| TierView {
            code: tier.code(),
            title: tier_text(tier, lang).0,
            intro: tier_text(tier, lang).1,
            count: count(tier),
            open: tier != Tier::Weak,
        })
        .filter(|t| t.count > 0)
        .collect()
}

/// An intervention the client already follows or followed.
pub struct CurrentView<'a> {
    pub slug: &'a str,
    pub name: &'a str,
}

/// The scores as a bar chart of HTML `<meter>`s: the names wrap, so it reads at any width.
pub struct ChartView<'a> {
    /// The highest score (at least 1), the meters' maximum.
    pub max: String,
    pub bars: Vec<BarView<'a>>,
}

/// One bar: the name on its own line, the bar below it with the score after it.
pub struct BarView<'a> {
    pub label: &'a str,
    pub score: String,
    /// The meter's value (a score below 0 shows as an empty bar).
    pub value: String,
}

pub(super) fn line_view<'a>(line: &Line<'a>, r: &Recommendation<'a>, lang: Lang) -> LineView<'a> {
    LineView {
        text: crate::web::wording::line_text(line, r, lang),
        points: format_points(line.points, lang, true),
        sign: if line.points > 0.0 {
            "positive"
        } else if line.points < 0.0 {
            "negative"
        } else {
            "zero"
        },
        source: line.source(r),
        kind: match line.kind {
            LineKind::Evidence => "evidence",
            LineKind::Fit => "fit",
            LineKind::RequirementMet => "requirement_met",
            LineKind::Caution => "caution",
            LineKind::ToCheck => "to_check",
        },
    }
}

/// The answers as question/answer pairs.
pub fn answers_view(profile: &ClientProfile, lang: Lang) -> Vec<AnswerView> {
    Dimension::ALL
        .iter()
        .map(|d| AnswerView {
            field: d.code(),
            question: labels::question(*d, lang),
            answered: d.is_required() || !matches!(profile.answer(*d), Answer::One("unknown")),
            answer: match profile.answer(*d) {
                Answer::One("unknown") if !d.is_required() => {
                    texts::for_lang(lang).advice.not_answered.to_owned()
                }
                Answer::One(code) => labels::value(*d, code, lang).to_owned(),
                Answer::Barriers([]) => texts::for_lang(lang).advice.no_barriers.to_owned(),
                Answer::Barriers(list) => list
                    .iter()
                    .map(|b| labels::value(*d, b.code(), lang))
                    .collect::<Vec<_>>()
                    .join("; "),
            },
        })
        .collect()
}

/// The interventions excluded for this client (not those already followed), with why and, when
/// a plan step names one for later, that step.
fn excluded_views<'a>(
    advice: &Advice<'a>,
    plan: &[crate::web::plan_view::PlanStepView],
    lang: Lang,
) -> Vec<ExcludedView<'a>> {
    advice
        .excluded
        .iter()
        .filter(|e| !e.current)
        .map(|e| ExcludedView {
            slug: &e.intervention.slug,
            name: e.intervention.name.get(lang),
            reasons: e
                .rules
                .iter()
                .map(|rule| (rule.text.get(lang), rule.source.as_str()))
                .collect(),
            later: plan
                .iter()
                .find(|s| {
                    s.interventions
                        .iter()
                        .any(|(slug, _)| *slug == e.intervention.slug)
                })
                .map(|s| (s.order, s.phase_label)),
        })
        .collect()
}

impl<'a> AdviceView<'a> {
    /// The optional questions left open, listed together on the page (one "niet beantwoord"
    /// for all of them, each question a link to answer it in a stored case).
    pub fn unanswered(&self) -> Vec<&AnswerView> {
        self.answers.iter().filter(|a| !a.answered).collect()
    }

    /// The view of `advice` for `profile`, dated `date`.
    pub fn new(
        kb: &'a KnowledgeBase,
        advice: &Advice<'a>,
        profile: &'a ClientProfile,
        lang: Lang,
        date: String,
    ) -> Self {
        let answers = profile.answer_masks();
        let year = this_year();
        let route_data = kb.route_data();
        let (steps, summary) = crate::web::plan_view::plan_and_summary(kb, profile, advice, lang);
        let plan = crate::web::plan_view::plan_views(kb, steps, lang);
        let excluded = excluded_views(advice, &plan, lang);
        let mut cards: Vec<CardView> = advice
            .recommendations
            .iter()
            .map(|r| {
                let funding = funding_views(route_data, &r.intervention.slug, &answers, lang, year);
                super::advice_card::card_view(kb, r, profile, &plan, funding, lang, &date)
            })
            .collect();
        let chart = super::advice_card::chart_view(advice, lang);
        let route = route_json(route_data, profile, lang);
        let shared = share(&mut cards);
        let sources = cited_sources(&cards, &shared, &plan, advice, route.as_ref());
        Self {
            kb_version: advice.knowledge_base_version,
            date,
            answers: {
                let mut answers = answers_view(profile, lang);
                answers.push(AnswerView {
                    field: crate::domain::profile::CURRENT_FIELD,
                    question: texts::for_lang(lang).form.current,
                    answered: !profile.current_interventions.is_empty(),
                    answer: if profile.current_interventions.is_empty() {
                        texts::for_lang(lang).advice.not_answered.to_owned()
                    } else {
                        profile
                            .current_interventions
                            .iter()
                            .filter_map(|slug| kb.intervention(slug))
                            .map(|i| i.name.get(lang))
                            .collect::<Vec<_>>()
                            .join(", ")
                    },
                });
                if let Some(region) = profile
                    .region
                    .as_deref()
                    .and_then(|c| kb.social_map().region(c))
                {
                    answers.push(AnswerView {
                        field: crate::domain::profile::REGION_FIELD,
                        question: texts::for_lang(lang).form.region,
                        answer: region.name.clone(),
                        answered: true,
                    });
                }
                answers
            },
            region: profile.region.as_deref(),
            tiers: tier_views(advice, lang),
            summary,
            plan,
            current: advice
                .excluded
                .iter()
                .filter(|e| e.current)
                .map(|e| CurrentView {
                    slug: &e.intervention.slug,
                    name: e.intervention.name.get(lang),
                })
                .collect(),
            excluded,
            chart,
            cards,
            sources,
            pairs: owned_pairs(profile),
            route,
            shared,
        }
    }
}

/// The answers as owned form pairs, for hidden fields. An optional "unknown" is left out: an
/// absent optional answer means the same, and the page is shorter. A required question keeps
/// its answer, also when that is "unknown".
pub fn owned_pairs(profile: &ClientProfile) -> Vec<(&'static str, String)> {
    let required = |field: &str| {
        Dimension::ALL
            .iter()
            .any(|d| d.code() == field && d.is_required())
    };
    profile
        .to_pairs()
        .into_iter()
        .filter(|(k, v)| *v != "unknown" || required(k))
        .map(|(k, v)| (k, v.to_owned()))
        .collect()
}

/// Builds the advice page for a valid profile, whose reasoning page is at `reasoning`.
pub fn advice_page<'a>(
    kb: &'a KnowledgeBase,
    profile: &'a ClientProfile,
    lang: Lang,
    reasoning: String,
) -> AdvicePage<'a> {
    let advice = recommend(kb, profile);
    crate::metrics::advice_given(&advice, "page");
    AdvicePage {
        chrome: Chrome::new(lang, "/vragenlijst", "questionnaire"),
        view: AdviceView::new(kb, &advice, profile, lang, today()),
        example: None,
        case: None,
        reasoning,
    }
}

/// The largest advice page rendered so far (at first a guess): each page's buffer is made
/// this large, so that rendering does not copy the page each time it outgrows its buffer.
static PAGE_CAPACITY: AtomicUsize = AtomicUsize::new(64 * 1024);

/// The advice page's HTML (also what `benches/render.rs` measures).
pub fn render_html(page: &AdvicePage) -> askama::Result<String> {
    let mut html = String::with_capacity(PAGE_CAPACITY.load(Ordering::Relaxed));
    page.render_into(&mut html)?;
    PAGE_CAPACITY.fetch_max(html.len(), Ordering::Relaxed);
    Ok(html)
}

/// The advice page as a response.
pub fn render(page: &AdvicePage) -> Response {
    match render_html(page) {
        Ok(html) => Html(html).into_response(),
        Err(error) => AppError::internal("advice page not rendered", error).into_response(),
    }
}

/// The heading and introduction of a tier's group.
fn tier_text(tier: Tier, lang: Lang) -> (&'static str, &'static str) {
    let tx = &texts::for_lang(lang).tier;
    match tier {
        Tier::Strong => (tx.strong, tx.strong_intro),
        Tier::Possible => (tx.possible, tx.possible_intro),
        Tier::Weak => (tx.weak, tx.weak_intro),
    }
}
