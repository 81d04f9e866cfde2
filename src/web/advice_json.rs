//! The advice as the contract's JSON (`POST /api/v1/recommendations`, the CDS service): the
//! documented view, serialised field by field. The API itself writes the same bytes from ready
//! parts ([`crate::web::advice_writer`]; `tests/it/api_bytes.rs` holds the two equal); this view
//! stays the shape the OpenAPI document describes and what the CDS service reads.

use std::borrow::Cow;

use serde::Serialize;
use utoipa::ToSchema;

use crate::domain::knowledge::KnowledgeBase;
use crate::domain::lang::Lang;
use crate::domain::matching::{Advice, Line, Recommendation};
use crate::domain::profile::ClientProfile;
use crate::domain::route::RouteData;
use crate::web::api::{ProviderJson, provider_list};
use crate::web::route_view::{FundingJson, RouteJson, funding_json, route_json, this_year};

/// The advice as the contract's JSON.
#[derive(Serialize, ToSchema)]
pub struct AdviceJson<'a> {
    knowledge_base_version: &'a str,
    /// Who holds the regie, who else is involved, the client's duty, what to check; `null`
    /// only for a knowledge base without route facts.
    route: Option<RouteJson>,
    /// One or two plain sentences: where to begin and why, then what follows.
    summary: String,
    /// The steps in time order, from the knowledge base's cited plan rules.
    plan: Vec<crate::web::plan_view::PlanStepJson>,
    recommendations: Vec<RecommendationJson<'a>>,
    excluded: Vec<ExclusionJson<'a>>,
}

#[derive(Serialize, ToSchema)]
struct RecommendationJson<'a> {
    slug: &'a str,
    name: &'a str,
    rank: usize,
    score: f64,
    /// `strong`, `possible` or `weak` (a score of 0 or less); never rises down the ranking.
    #[schema(value_type = String)]
    tier: &'static str,
    evidence: EvidenceJson<'a>,
    reasons: Vec<LineJson<'a>>,
    caveats: Vec<LineJson<'a>>,
    /// Who pays, under the profile's conditions.
    funding: Vec<FundingJson>,
    /// With a `region` in the profile: the providers there (sociale kaart).
    #[serde(skip_serializing_if = "Option::is_none")]
    providers: Option<Vec<ProviderJson>>,
}

#[derive(Serialize, ToSchema)]
struct EvidenceJson<'a> {
    level: &'a str,
    label: &'a str,
    #[schema(value_type = Vec<String>)]
    recognised_by: Vec<&'a str>,
}

#[derive(Serialize, ToSchema)]
struct LineJson<'a> {
    #[schema(value_type = String)]
    text: Cow<'a, str>,
    points: f64,
    source: &'a str,
    kind: LineKindJson,
    /// The rule behind the line (absent for the evidence line).
    #[serde(skip_serializing_if = "Option::is_none")]
    rule_id: Option<i64>,
    /// For a barrier rule, the client's barriers it matched.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[schema(value_type = Vec<String>)]
    matched: Vec<&'static str>,
}

/// What put a line in the ledger.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
enum LineKindJson {
    /// The intervention's evidence level.
    Evidence,
    /// A `fit` rule fired.
    Fit,
    /// A `require` rule was met.
    RequirementMet,
    /// A `caution` rule fired.
    Caution,
    /// A `require` or `exclude` rule whose answer is unknown: still to check.
    ToCheck,
}

#[derive(Serialize, ToSchema)]
struct ExclusionJson<'a> {
    slug: &'a str,
    name: &'a str,
    reasons: Vec<ExclusionReasonJson<'a>>,
    /// Named in the profile's `current_interventions`: already followed or under way, so
    /// not suggested as new (its `reasons` are empty).
    current: bool,
}

#[derive(Serialize, ToSchema)]
struct ExclusionReasonJson<'a> {
    text: &'a str,
    source: &'a str,
    rule_id: i64,
}

impl<'a> AdviceJson<'a> {
    /// Adds the plan and the summary of `advice` for `profile`.
    pub fn add_plan(
        &mut self,
        kb: &KnowledgeBase,
        profile: &ClientProfile,
        advice: &Advice<'_>,
        lang: Lang,
    ) {
        (self.plan, self.summary) =
            crate::web::plan_view::plan_and_summary(kb, profile, advice, lang);
    }

    /// Adds the route of `profile` and the funding of every recommendation.
    pub fn add_route(&mut self, data: &RouteData, profile: &ClientProfile, lang: Lang) {
        self.route = route_json(data, profile, lang);
        let answers = profile.answer_masks();
        let year = this_year();
        for r in &mut self.recommendations {
            r.funding = funding_json(data, r.slug, &answers, lang, year);
        }
    }

    /// With a `region` in `profile`: adds the providers there to every recommendation.
    pub fn add_providers(&mut self, kb: &KnowledgeBase, profile: &ClientProfile, lang: Lang) {
        if let Some(region) = &profile.region {
            for r in &mut self.recommendations {
                r.providers = Some(provider_list(kb, Some(region), Some(r.slug), lang));
            }
        }
    }

    /// The whole answer of `POST /api/v1/recommendations` as this view: what
    /// [`crate::web::advice_writer`] writes without it (a test compares the bytes).
    pub fn complete(
        advice: &Advice<'a>,
        kb: &KnowledgeBase,
        profile: &ClientProfile,
        lang: Lang,
    ) -> Self {
        let mut json = Self::new(advice, lang);
        json.add_plan(kb, profile, advice, lang);
        json.add_route(kb.route_data(), profile, lang);
        json.add_providers(kb, profile, lang);
        json
    }

    /// The advice in one language.
    pub fn new(advice: &Advice<'a>, lang: Lang) -> Self {
        Self {
            knowledge_base_version: advice.knowledge_base_version,
            route: None,
            summary: String::new(),
            plan: Vec::new(),
            recommendations: advice
                .recommendations
                .iter()
                .map(|r| RecommendationJson {
                    slug: &r.intervention.slug,
                    name: r.intervention.name.get(lang),
                    rank: r.rank,
                    tier: r.tier.code(),
                    score: r.score,
                    evidence: EvidenceJson {
                        level: &r.evidence.code,
                        label: r.evidence.label.get(lang),
                        recognised_by: r
                            .intervention
                            .recognitions
                            .iter()
                            .map(|i| i.institute.as_str())
                            .collect(),
                    },
                    reasons: r
                        .reasons
                        .iter()
                        .map(|l| LineJson::new(l, r, lang))
                        .collect(),
                    caveats: r
                        .caveats
                        .iter()
                        .map(|l| LineJson::new(l, r, lang))
                        .collect(),
                    funding: Vec::new(),
                    providers: None,
                })
                .collect(),
            excluded: advice
                .excluded
                .iter()
                .map(|e| ExclusionJson {
                    slug: &e.intervention.slug,
                    name: e.intervention.name.get(lang),
                    reasons: e
                        .rules
                        .iter()
                        .map(|rule| ExclusionReasonJson {
                            text: rule.text.get(lang),
                            source: &rule.source,
                            rule_id: rule.id,
                        })
                        .collect(),
                    current: e.current,
                })
                .collect(),
        }
    }
}

impl<'a> LineJson<'a> {
    fn new(line: &Line<'a>, recommendation: &Recommendation<'a>, lang: Lang) -> Self {
        use crate::domain::matching::LineKind;
        Self {
            text: crate::web::wording::line_text(line, recommendation, lang),
            points: line.points,
            source: line.source(recommendation),
            kind: match line.kind {
                LineKind::Evidence => LineKindJson::Evidence,
                LineKind::Fit => LineKindJson::Fit,
                LineKind::RequirementMet => LineKindJson::RequirementMet,
                LineKind::Caution => LineKindJson::Caution,
                LineKind::ToCheck => LineKindJson::ToCheck,
            },
            rule_id: line.rule.map(|r| r.id),
            matched: line.matched(),
        }
    }
}
