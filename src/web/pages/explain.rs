//! How the matching works (`GET /uitleg`), generated from the live knowledge base: the engine
//! in plain words, the evidence levels and their points, the tie-breaks, every rule per
//! intervention and the sources.

use crate::domain::profile::{Dimension, Insurance};
use crate::web::labels;
use crate::web::plan_view::{PlanRuleView, plan_rule_views};
use crate::web::route_view::{RegieRowView, regie_rows};
use crate::web::texts::{self, fill};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;

use super::{Chrome, PageLang};
use crate::domain::lang::Lang;
use crate::state::AppState;
use crate::web::views::{RuleView, rule_views};

/// One evidence level.
pub struct LevelView {
    pub code: String,
    pub label: String,
    pub description: String,
    pub in_system: bool,
    pub points: String,
    pub source: String,
}

/// The rules of one intervention.
pub struct InterventionRulesView {
    pub slug: String,
    pub name: String,
    pub rules: Vec<RuleView>,
}

/// One source document and how often the knowledge base cites it.
pub struct SourceView {
    pub short_name: String,
    pub title: String,
    pub description: String,
    pub citations: usize,
}

/// `GET /uitleg`.
#[derive(Template, WebTemplate)]
#[template(path = "explain.html")]
pub struct ExplainPage {
    chrome: Chrome,
    kb_version: String,
    levels: Vec<LevelView>,
    interventions: Vec<InterventionRulesView>,
    rule_count: usize,
    sources: Vec<SourceView>,
    /// The tiers' thresholds, from the engine's constants.
    tiers: String,
    /// Work situation x insurance -> who holds the regie.
    regie: Vec<RegieRowView>,
    insurances: Vec<&'static str>,
    /// The plan rules, in plan order.
    plan_rules: Vec<PlanRuleView>,
    /// The rules on the length of absence: the phase of sick leave.
    phase_rules: Vec<InterventionRulesView>,
}

/// How the tiers are drawn, with the engine's own thresholds.
fn tiers_text(lang: Lang) -> String {
    use crate::domain::matching::{STRONG_MIN_SCORE, STRONG_SHARE_OF_TOP};
    let min = crate::web::format::format_points(STRONG_MIN_SCORE, lang, false);
    let share = (STRONG_SHARE_OF_TOP * 100.0).round();
    fill(
        texts::for_lang(lang).explain.tiers_rule,
        &[("min", &min), ("share", &share.to_string())],
    )
}

/// Per intervention, its rules on the length of absence (interventions without any left out).
fn phase_rules(
    kb: &crate::domain::knowledge::KnowledgeBase,
    lang: Lang,
) -> Vec<InterventionRulesView> {
    kb.interventions()
        .iter()
        .map(|i| InterventionRulesView {
            slug: i.slug.clone(),
            name: i.name.get(lang).to_owned(),
            rules: rule_views(i, lang)
                .into_iter()
                .zip(&i.rules)
                .filter(|(_, r)| r.dimension == Dimension::AbsenceDuration)
                .map(|(v, _)| v)
                .collect(),
        })
        .filter(|v| !v.rules.is_empty())
        .collect()
}

/// `GET /uitleg`.
pub async fn show(State(state): State<AppState>, PageLang(lang): PageLang) -> ExplainPage {
    let kb = state.knowledge_base();
    let citations: Vec<&str> = kb
        .interventions()
        .iter()
        .flat_map(|i| {
            std::iter::once(i.evidence_source.as_str())
                .chain(i.texts.values().map(|t| t.source.as_str()))
                .chain(i.rules.iter().map(|r| r.source.as_str()))
        })
        .flat_map(|c| c.split(';'))
        .map(str::trim)
        .collect();
    ExplainPage {
        plan_rules: plan_rule_views(&kb, lang),
        phase_rules: phase_rules(&kb, lang),
        tiers: tiers_text(lang),
        chrome: Chrome::new(lang, "/uitleg", "explain"),
        kb_version: kb.version().to_owned(),
        regie: regie_rows(kb.route_data(), lang),
        insurances: Insurance::ALL
            .iter()
            .map(|i| labels::value(Dimension::Insurance, i.code(), lang))
            .collect(),
        levels: kb
            .evidence_levels()
            .iter()
            .rev()
            .map(|l| LevelView {
                code: l.code.clone(),
                label: l.label.get(lang).to_owned(),
                description: l.description.get(lang).to_owned(),
                in_system: l.in_recognition_system,
                points: crate::web::format::format_points(l.points, lang, true),
                source: l.source.clone(),
            })
            .collect(),
        rule_count: kb.interventions().iter().map(|i| i.rules.len()).sum(),
        interventions: kb
            .interventions()
            .iter()
            .map(|i| InterventionRulesView {
                slug: i.slug.clone(),
                name: i.name.get(lang).to_owned(),
                rules: rule_views(i, lang),
            })
            .collect(),
        sources: kb
            .sources()
            .iter()
            .map(|s| SourceView {
                short_name: s.short_name.clone(),
                title: s.title.clone(),
                description: s.description.get(lang).to_owned(),
                citations: citations
                    .iter()
                    .filter(|c| c.starts_with(&s.short_name))
                    .count(),
            })
            .collect(),
    }
}
