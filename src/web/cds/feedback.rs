//! `POST /cds-services/interventiewijzer-advice/feedback`: what the professional did with our
//! cards. Kept: the card's uuid, its intervention, the outcome, the reason code and the day;
//! never the user's comment, the suggestion ids or anything about the client.

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::extract::rejection::BytesRejection;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;

use super::cards::override_display;
use crate::db::cds::{Feedback, Outcome};
use crate::domain::lang::Lang;
use crate::state::AppState;
use crate::web::error::{Context, JsonError};
use crate::web::lang_negotiation::from_accept_language;
use crate::web::profile_json;
use crate::web::texts::{self, fill};

/// The most feedback entries one request may carry.
pub const MAX_ENTRIES: usize = 100;

#[derive(Deserialize)]
struct Request {
    feedback: Vec<Entry>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Entry {
    card: String,
    outcome: String,
    #[serde(default)]
    override_reason: Option<OverrideReason>,
    outcome_timestamp: String,
}

#[derive(Deserialize)]
struct OverrideReason {
    #[serde(default)]
    reason: Option<Code>,
}

#[derive(Deserialize)]
struct Code {
    code: String,
}

/// Receives feedback: all entries are stored, or none.
pub async fn receive(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let audiences = |cds: &crate::cds_auth::CdsService| vec![cds.service_url(), cds.feedback_url()];
    if let Err(refused) = super::authorised(&state, &headers, audiences) {
        return refused.into_response();
    }
    let lang = from_accept_language(&headers);
    match store(&state, &headers, body, lang).await {
        Ok(count) => Json(json!({ "stored": count })).into_response(),
        Err(error) => error.into_response(),
    }
}

async fn store(
    state: &AppState,
    headers: &HeaderMap,
    body: Result<Bytes, BytesRejection>,
    lang: Lang,
) -> Result<usize, JsonError> {
    let value = profile_json::read_json(headers, body, lang)?;
    let request: Request = serde_json::from_value(value).map_err(|_| {
        unprocessable(
            "feedback",
            texts::for_lang(lang).cds.feedback_shape.to_owned(),
        )
    })?;
    if request.feedback.is_empty() || request.feedback.len() > MAX_ENTRIES {
        let max = MAX_ENTRIES.to_string();
        let message = fill(texts::for_lang(lang).cds.feedback_count, &[("max", &max)]);
        return Err(unprocessable("feedback", message));
    }
    let mut items = Vec::with_capacity(request.feedback.len());
    for (i, entry) in request.feedback.iter().enumerate() {
        items.push(checked(state, entry, i, lang).await?);
    }
    crate::db::cds::store_feedback(&state.db, &items)
        .await
        .context("cannot store the CDS feedback")?;
    Ok(items.len())
}

/// One entry checked against the cards we handed out and our reason codes.
async fn checked(
    state: &AppState,
    entry: &Entry,
    i: usize,
    lang: Lang,
) -> Result<Feedback, JsonError> {
    let field = |name: &str| format!("feedback[{i}].{name}");
    let tx = &texts::for_lang(lang).cds;
    let outcome = Outcome::from_code(&entry.outcome)
        .ok_or_else(|| unprocessable(&field("outcome"), tx.feedback_outcome.to_owned()))?;
    let day = time::OffsetDateTime::parse(
        &entry.outcome_timestamp,
        &time::format_description::well_known::Rfc3339,
    )
    .map(|t| t.to_offset(time::UtcOffset::UTC).date().to_string())
    .map_err(|_| unprocessable(&field("outcomeTimestamp"), tx.feedback_timestamp.to_owned()))?;
    let reason_code = entry
        .override_reason
        .as_ref()
        .and_then(|r| r.reason.as_ref())
        .map(|r| r.code.clone());
    if let Some(code) = &reason_code
        && override_display(code, lang).is_none()
    {
        let codes = super::cards::OVERRIDE_CODES;
        return Err(unprocessable(
            &field("overrideReason.reason.code"),
            fill(tx.feedback_reason, &[("codes", &codes.join(", "))]),
        ));
    }
    let slug = crate::db::cds::card_intervention(&state.db, &entry.card)
        .await
        .context("cannot read the card")?
        .ok_or_else(|| unprocessable(&field("card"), tx.feedback_card.to_owned()))?;
    Ok(Feedback {
        card_uuid: entry.card.clone(),
        intervention_slug: slug,
        outcome,
        reason_code,
        day,
    })
}

fn unprocessable(field: &str, message: String) -> JsonError {
    JsonError::field(StatusCode::UNPROCESSABLE_ENTITY, field, message)
}
