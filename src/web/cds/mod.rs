//! The CDS Hooks service (<https://cds-hooks.hl7.org>): a case-management system discovers it
//! at `GET /cds-services`, calls `POST /cds-services/interventiewijzer-advice` with a client
//! profile in `context.profile` and gets the advice as cards, then reports what the
//! professional did with each card to `.../feedback`. Every call is authenticated with a
//! signed JWT ([`crate::cds_auth`]). Without configuration every route answers 404.

pub mod cards;
mod feedback;

use axum::Json;
use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::extract::rejection::BytesRejection;
use axum::http::header::{AUTHORIZATION, WWW_AUTHENTICATE};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde_json::{Value, json};

use crate::cds_auth::{CdsService, Refusal, SERVICE_ID};
use crate::domain::lang::Lang;
use crate::domain::matching::recommend;
use crate::state::AppState;
use crate::web::api::AdviceJson;
use crate::web::error::{AppError, Context, JsonError};
use crate::web::lang_negotiation::from_accept_language;
use crate::web::profile_json;
use crate::web::texts::{self, fill};
use crate::web::wording::profile_error_message;

/// The hook our service is invoked on (custom hooks use reverse-domain notation).
pub const HOOK: &str = "nl.interventiewijzer.client-profile-view";

/// The CDS Hooks routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/cds-services", get(discovery))
        .route(&format!("/cds-services/{SERVICE_ID}"), post(service))
        .route(
            &format!("/cds-services/{SERVICE_ID}/feedback"),
            post(feedback::receive),
        )
        .route("/cds-services/{*rest}", axum::routing::any(not_found))
}

/// The configured service after a successful token check, or the response refusing the call.
fn authorised(
    state: &AppState,
    headers: &HeaderMap,
    audiences: impl FnOnce(&CdsService) -> Vec<String>,
) -> Result<std::sync::Arc<CdsService>, CallRefused> {
    let lang = from_accept_language(headers);
    let Some(cds) = state.cds.clone() else {
        return Err(CallRefused(not_found_error(lang)));
    };
    let authorization = headers.get(AUTHORIZATION).and_then(|v| v.to_str().ok());
    match cds.auth.verify(authorization, &audiences(&cds)) {
        Ok(()) => Ok(cds),
        Err(refusal) => {
            tracing::info!(?refusal, "CDS Hooks call refused");
            Err(refused(refusal, lang))
        }
    }
}

/// A refused call: the contract's JSON error, with `WWW-Authenticate: Bearer` on a 401.
struct CallRefused(JsonError);

impl IntoResponse for CallRefused {
    fn into_response(self) -> Response {
        let status = self.0.status();
        let mut response = self.0.into_response();
        if status == StatusCode::UNAUTHORIZED {
            response
                .headers_mut()
                .insert(WWW_AUTHENTICATE, "Bearer".parse().expect("valid header"));
        }
        response
    }
}

fn refused(refusal: Refusal, lang: Lang) -> CallRefused {
    let tx = &texts::for_lang(lang).cds;
    let (status, message) = match refusal {
        Refusal::Busy => (StatusCode::SERVICE_UNAVAILABLE, tx.busy),
        Refusal::Replayed => (StatusCode::UNAUTHORIZED, tx.replayed),
        _ => (StatusCode::UNAUTHORIZED, tx.no_token),
    };
    CallRefused(JsonError::new(status, message))
}

fn not_found_error(lang: Lang) -> JsonError {
    JsonError::new(StatusCode::NOT_FOUND, texts::for_lang(lang).cds.not_found)
}

async fn not_found(headers: HeaderMap) -> JsonError {
    not_found_error(from_accept_language(&headers))
}

/// `GET /cds-services`: our one service.
async fn discovery(State(state): State<AppState>, headers: HeaderMap) -> Response {
    if let Err(refused) = authorised(&state, &headers, |cds| vec![cds.discovery_url()]) {
        return refused.into_response();
    }
    Json(json!({
        "services": [{
            "hook": HOOK,
            "id": SERVICE_ID,
            "title": "Interventiewijzer",
            "description": "Rangschikt en onderbouwt interventies voor re-integratie naar werk \
                bij een psychische aandoening, op grond van een cliëntprofiel (alleen codes). \
                Ranks and explains work re-integration interventions for a person with a \
                mental disorder from a client profile (codes only).",
            "usageRequirements": "context.profile: the client profile of POST \
                /api/v1/recommendations (see /api/v1/openapi.json, schema ClientProfile); \
                codes only, never a name, number or free text.",
        }]
    }))
    .into_response()
}

/// `POST /cds-services/interventiewijzer-advice`: the advice for `context.profile` as cards.
async fn service(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let cds = match authorised(&state, &headers, |cds| vec![cds.service_url()]) {
        Ok(cds) => cds,
        Err(refused) => return refused.into_response(),
    };
    let lang = from_accept_language(&headers);
    match advise(&state, &cds, &headers, body, lang).await {
        Ok(cards) => Json(json!({ "cards": cards })).into_response(),
        Err(error) => error.into_response(),
    }
}

async fn advise(
    state: &AppState,
    cds: &CdsService,
    headers: &HeaderMap,
    body: Result<Bytes, BytesRejection>,
    lang: Lang,
) -> Result<Vec<cards::Card>, JsonError> {
    let request = profile_json::read_json(headers, body, lang)?;
    check_request(&request, lang)?;
    let profile = profile_json::profile_from_json(&request["context"]["profile"], lang)
        .map_err(|e| prefixed(e, "context.profile"))?;
    let kb = state.knowledge_base();
    crate::domain::references::check_against(&kb, &profile).map_err(|error| {
        let message = profile_error_message(&error, lang);
        let field = format!("context.profile.{}", error.field());
        JsonError::field(StatusCode::UNPROCESSABLE_ENTITY, &field, message)
    })?;
    let advice = recommend(&kb, &profile);
    crate::metrics::advice_given(&advice, "cds");
    let mut advice = AdviceJson::new(&advice, lang);
    advice.add_route(kb.route_data(), &profile, lang);
    let advice = serde_json::to_value(advice).context("advice not serialised")?;
    let cards = cards::cards(&advice, cds.base_url(), lang);
    let remembered: Vec<(String, String)> = cards
        .iter()
        .map(|c| (c.uuid.clone(), c.slug.clone()))
        .collect();
    crate::db::cds::remember_cards(&state.db, &remembered, &crate::web::format::today())
        .await
        .context("cannot remember the cards")?;
    Ok(cards)
}

/// `hook`, `hookInstance` and `context.profile` as CDS Hooks and our service require them.
fn check_request(request: &Value, lang: Lang) -> Result<(), JsonError> {
    let tx = &texts::for_lang(lang).cds;
    let wrong = |field: &str, message: String| {
        Err(JsonError::field(
            StatusCode::UNPROCESSABLE_ENTITY,
            field,
            message,
        ))
    };
    if request["hook"].as_str() != Some(HOOK) {
        return wrong("hook", fill(tx.wrong_hook, &[("hook", HOOK)]));
    }
    let instance = request["hookInstance"].as_str().unwrap_or_default();
    if instance.is_empty() || instance.len() > 128 {
        return wrong("hookInstance", tx.no_instance.to_owned());
    }
    if !request["context"]["profile"].is_object() {
        return wrong("context.profile", tx.no_profile.to_owned());
    }
    Ok(())
}

fn prefixed(mut error: JsonError, prefix: &str) -> JsonError {
    if let AppError::Refused { field, .. } = &mut error.0 {
        *field = Some(match field.take() {
            Some(field) => format!("{prefix}.{field}"),
            None => prefix.to_owned(),
        });
    }
    error
}
