//! The JSON API (`/api/v1/...`): a profile in, the ranked advice out; the interventions.

use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, State};
use axum::http::header::CONTENT_TYPE;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};

use serde::Serialize;
use utoipa::ToSchema;

use crate::domain::knowledge::{Intervention, KnowledgeBase};
use crate::domain::lang::Lang;
use crate::domain::matching::recommend;
use crate::domain::profile::{Dimension, ProfileError};
use crate::state::AppState;
use crate::web::error::{ApiErrorBody, JsonError};
use crate::web::lang_negotiation::from_accept_language;
use crate::web::texts;
use crate::web::wording::profile_error_message;

pub use crate::web::advice_json::AdviceJson;

/// The largest request body the API reads; a full profile is well under 2 KiB.
pub const BODY_LIMIT: usize = 16 * 1024;

/// `POST /api/v1/recommendations`: the ranked, explained advice for a client profile.
#[utoipa::path(
    post,
    path = "/recommendations",
    tag = "advice",
    params(AcceptLanguage),
    request_body(content = crate::web::openapi::ClientProfileSchema, content_type = "application/json"),
    responses(
        (status = 200, description = "The advice: every intervention once, ranked or excluded", body = AdviceJson),
        (status = 400, description = "Malformed JSON", body = ApiErrorBody),
        (status = 413, description = "Body too large", body = ApiErrorBody),
        (status = 415, description = "Not JSON", body = ApiErrorBody),
        (status = 422, description = "A missing required field or a value outside its list; `field` names it", body = ApiErrorBody),
    )
)]
pub async fn recommendations(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, JsonError> {
    let lang = from_accept_language(&headers);
    let profile = crate::web::profile_json::parse_json_profile(&headers, body, lang)?;
    let snapshot = state.snapshot();
    let kb = &snapshot.knowledge_base;
    crate::domain::references::check_against(kb, &profile).map_err(|error| {
        JsonError::field(
            StatusCode::UNPROCESSABLE_ENTITY,
            error.field(),
            profile_error_message(&error, lang),
        )
    })?;
    let result = recommend(kb, &profile);
    crate::metrics::advice_given(&result, "api");
    use std::sync::atomic::Ordering::Relaxed;
    let capacity = LARGEST_ANSWER.load(Relaxed).min(1 << 20);
    let parts = snapshot.advice_parts();
    let body = crate::web::advice_writer::advice_json(kb, &profile, &result, parts, lang, capacity);
    LARGEST_ANSWER.fetch_max(body.len(), Relaxed);
    Ok(([(CONTENT_TYPE, "application/json")], body).into_response())
}

/// The size of the largest answer so far (at most 1 MiB is reserved), so that the next is
/// written into a buffer that needs no growing (an advice is ~14 KB).
static LARGEST_ANSWER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(4096);

/// `GET /api/v1/interventions`: every intervention with its content, evidence and rules.
#[utoipa::path(
    get,
    path = "/interventions",
    tag = "interventions",
    params(AcceptLanguage),
    responses((status = 200, description = "All interventions", body = InterventionListJson))
)]
pub async fn interventions(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Json<InterventionListJson> {
    let lang = from_accept_language(&headers);
    let kb = state.knowledge_base();
    Json(InterventionListJson {
        knowledge_base_version: kb.version().to_owned(),
        interventions: kb
            .interventions()
            .iter()
            .map(|i| InterventionJson::new(&kb, i, lang))
            .collect(),
    })
}

/// `GET /api/v1/interventions/{slug}`: one intervention.
#[utoipa::path(
    get,
    path = "/interventions/{slug}",
    tag = "interventions",
    params(("slug" = String, Path, description = "The intervention's slug, e.g. `ips`"), AcceptLanguage),
    responses(
        (status = 200, description = "The intervention", body = InterventionJson),
        (status = 404, description = "No intervention with this slug", body = ApiErrorBody),
    )
)]
pub async fn intervention(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Result<Json<InterventionJson>, JsonError> {
    let lang = from_accept_language(&headers);
    let kb = state.knowledge_base();
    match kb.intervention(&slug) {
        Some(i) => Ok(Json(InterventionJson::new(&kb, i, lang))),
        None => Err(JsonError::new(
            StatusCode::NOT_FOUND,
            texts::for_lang(lang).api.no_intervention,
        )),
    }
}

/// Any other path under `/api`.
pub async fn not_found(headers: HeaderMap) -> JsonError {
    let message = texts::for_lang(from_accept_language(&headers))
        .api
        .not_found;
    JsonError::new(StatusCode::NOT_FOUND, message)
}

/// One offer on the sociale kaart.
#[derive(Serialize, ToSchema)]
pub struct ProviderJson {
    organisation_id: String,
    organisation: String,
    kind: String,
    website: String,
    contact: String,
    intervention: Option<String>,
    product: String,
    notes: String,
    regions: Vec<String>,
    source: String,
    last_checked: String,
    /// Not checked for more than 12 months.
    stale: bool,
}

/// The offers on the sociale kaart in `region` (any region: `None`) for `intervention`.
pub(crate) fn provider_list(
    kb: &KnowledgeBase,
    region: Option<&str>,
    intervention: Option<&str>,
    lang: Lang,
) -> Vec<ProviderJson> {
    let today = crate::web::format::today();
    kb.social_map()
        .find(region, intervention, None)
        .into_iter()
        .map(|(o, s)| ProviderJson {
            organisation_id: o.id.clone(),
            organisation: o.name.clone(),
            kind: o.kind.clone(),
            // A website stored before only http(s) was accepted is left out, never linked.
            website: Some(o.website.clone())
                .filter(|w| crate::domain::bounds::is_web_address(w))
                .unwrap_or_default(),
            contact: o.contact.clone(),
            intervention: s.intervention_slug.clone(),
            product: s.product.clone(),
            notes: s.notes.get(lang).to_owned(),
            regions: s.regions.clone(),
            source: s.source.clone(),
            last_checked: s.last_checked.clone(),
            stale: crate::domain::social_map::is_stale(&s.last_checked, &today),
        })
        .collect()
}

/// The filters of `GET /api/v1/providers`.
#[derive(Debug, Default, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ProviderFilters {
    /// A region code from `/api/v1/regions`.
    region: Option<String>,
    /// An intervention slug.
    intervention: Option<String>,
}

/// The `Accept-Language` header: `en` for English, Dutch otherwise.
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Header)]
#[expect(
    dead_code,
    reason = "only describes the header in the OpenAPI document"
)]
pub struct AcceptLanguage {
    /// `en` answers in English; anything else (or nothing) in Dutch.
    #[param(rename = "Accept-Language")]
    accept_language: Option<String>,
}

/// `GET /api/v1/providers?region=..&intervention=..`: the offers on the sociale kaart.
#[utoipa::path(
    get,
    path = "/providers",
    tag = "sociale kaart",
    params(ProviderFilters, AcceptLanguage),
    responses(
        (status = 200, description = "The offers that match both filters", body = Vec<ProviderJson>),
        (status = 400, description = "The filters could not be read", body = ApiErrorBody),
        (status = 422, description = "Unknown region or intervention; `field` names it", body = ApiErrorBody),
    )
)]
pub async fn providers(
    State(state): State<AppState>,
    headers: HeaderMap,
    filters: Result<
        axum::extract::Query<ProviderFilters>,
        axum::extract::rejection::QueryRejection,
    >,
) -> Result<Json<Vec<ProviderJson>>, JsonError> {
    let lang = from_accept_language(&headers);
    let filters = filters.map(|q| q.0).map_err(|_| {
        JsonError::new(
            StatusCode::BAD_REQUEST,
            texts::for_lang(lang).api.bad_filters,
        )
    })?;
    let kb = state.knowledge_base();
    let region = filters.region.filter(|r| !r.is_empty());
    let intervention = filters.intervention.filter(|i| !i.is_empty());
    if let Some(code) = &region
        && kb.social_map().region(code).is_none()
    {
        let error = ProfileError::UnknownRegion;
        return Err(JsonError::field(
            StatusCode::UNPROCESSABLE_ENTITY,
            "region",
            profile_error_message(&error, lang),
        ));
    }
    if let Some(slug) = &intervention
        && kb.intervention(slug).is_none()
    {
        return Err(JsonError::field(
            StatusCode::UNPROCESSABLE_ENTITY,
            "intervention",
            texts::for_lang(lang).api.unknown_intervention,
        ));
    }
    Ok(Json(provider_list(
        &kb,
        region.as_deref(),
        intervention.as_deref(),
        lang,
    )))
}

/// `GET /api/v1/regions`: the labour-market regions on the sociale kaart.
#[utoipa::path(
    get,
    path = "/regions",
    tag = "sociale kaart",
    responses((status = 200, description = "Every region", body = Vec<crate::domain::social_map::Region>))
)]
pub async fn regions(
    State(state): State<AppState>,
) -> Json<Vec<crate::domain::social_map::Region>> {
    Json(state.knowledge_base().social_map().regions.clone())
}

fn institutes(intervention: &Intervention) -> Vec<String> {
    intervention
        .recognitions
        .iter()
        .map(|r| r.institute.clone())
        .collect()
}

/// All interventions.
#[derive(Serialize, ToSchema)]
pub struct InterventionListJson {
    knowledge_base_version: String,
    interventions: Vec<InterventionJson>,
}

/// One intervention with its content, evidence and rules, in one language.
#[derive(Serialize, ToSchema)]
pub struct InterventionJson {
    slug: String,
    name: String,
    guidance: Option<crate::domain::knowledge::Guidance>,
    evidence: EvidenceDetailJson,
    /// Field name to text and source; a field the sources are silent on is absent.
    content: std::collections::BTreeMap<String, SourcedJson>,
    rules: Vec<RuleJson>,
}

#[derive(Serialize, ToSchema)]
struct EvidenceDetailJson {
    level: String,
    label: String,
    recognised_by: Vec<String>,
    recognitions: Vec<crate::domain::knowledge::Recognition>,
    source: String,
}

#[derive(Serialize, ToSchema)]
struct SourcedJson {
    text: String,
    source: String,
}

#[derive(Serialize, ToSchema)]
struct RuleJson {
    id: i64,
    #[schema(value_type = String, example = "work_situation")]
    dimension: Dimension,
    #[schema(value_type = Vec<String>)]
    values: Vec<&'static str>,
    effect: crate::domain::knowledge::Effect,
    points: f64,
    text: String,
    source: String,
}

impl InterventionJson {
    fn new(kb: &KnowledgeBase, i: &Intervention, lang: Lang) -> Self {
        let level = kb.evidence_of(i);
        Self {
            slug: i.slug.clone(),
            name: i.name.get(lang).to_owned(),
            guidance: i.guidance,
            evidence: EvidenceDetailJson {
                level: level.code.clone(),
                label: level.label.get(lang).to_owned(),
                recognised_by: institutes(i),
                recognitions: i.recognitions.clone(),
                source: i.evidence_source.clone(),
            },
            content: i
                .texts
                .iter()
                .map(|(field, t)| {
                    let json = SourcedJson {
                        text: t.text.get(lang).to_owned(),
                        source: t.source.clone(),
                    };
                    (field.clone(), json)
                })
                .collect(),
            rules: i
                .rules
                .iter()
                .map(|r| RuleJson {
                    id: r.id,
                    dimension: r.dimension,
                    values: r.values.clone(),
                    effect: r.effect,
                    points: r.points,
                    text: r.text.get(lang).to_owned(),
                    source: r.source.clone(),
                })
                .collect(),
        }
    }
}
