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
use crate::web::api;
use crate::web::error::{Context, JsonError};
use crate::web::i18n::from_accept_language;

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
    let value = api::read_json(headers, body, lang)?;
    let request: Request = serde_json::from_value(value).map_err(|_| {
        unprocessable(
            "feedback",
            lang,
            "Verwacht: {\"feedback\": [{\"card\", \"outcome\", \"outcomeTimestamp\", ...}]}.",
            "Expected: {\"feedback\": [{\"card\", \"outcome\", \"outcomeTimestamp\", ...}]}.",
        )
    })?;
    if request.feedback.is_empty() || request.feedback.len() > MAX_ENTRIES {
        return Err(unprocessable(
            "feedback",
            lang,
            &format!("Stuur 1 tot {MAX_ENTRIES} terugmeldingen per keer."),
            &format!("Send 1 to {MAX_ENTRIES} feedback entries at a time."),
        ));
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
    let outcome = Outcome::from_code(&entry.outcome).ok_or_else(|| {
        unprocessable(
            &field("outcome"),
            lang,
            "outcome moet accepted of overridden zijn.",
            "outcome must be accepted or overridden.",
        )
    })?;
    let day = time::OffsetDateTime::parse(
        &entry.outcome_timestamp,
        &time::format_description::well_known::Rfc3339,
    )
    .map(|t| t.to_offset(time::UtcOffset::UTC).date().to_string())
    .map_err(|_| {
        unprocessable(
            &field("outcomeTimestamp"),
            lang,
            "outcomeTimestamp moet een RFC 3339-tijdstip zijn, zoals 2026-11-27T10:05:31Z.",
            "outcomeTimestamp must be an RFC 3339 time, such as 2026-11-27T10:05:31Z.",
        )
    })?;
    let reason_code = entry
        .override_reason
        .as_ref()
        .and_then(|r| r.reason.as_ref())
        .map(|r| r.code.clone());
    if let Some(code) = &reason_code
        && override_display(code, lang).is_none()
    {
        let codes: Vec<&str> = super::cards::OVERRIDE_REASONS.iter().map(|r| r.0).collect();
        return Err(unprocessable(
            &field("overrideReason.reason.code"),
            lang,
            &format!("Onbekende reden; kies uit: {}.", codes.join(", ")),
            &format!("Unknown reason; choose from: {}.", codes.join(", ")),
        ));
    }
    let slug = crate::db::cds::card_intervention(&state.db, &entry.card)
        .await
        .context("cannot read the card")?
        .ok_or_else(|| {
            unprocessable(
                &field("card"),
                lang,
                "Onbekende kaart: geen uuid van een kaart van deze dienst.",
                "Unknown card: not the uuid of a card of this service.",
            )
        })?;
    Ok(Feedback {
        card_uuid: entry.card.clone(),
        intervention_slug: slug,
        outcome,
        reason_code,
        day,
    })
}

fn unprocessable(field: &str, lang: Lang, nl: &str, en: &str) -> JsonError {
    let message = if lang == Lang::En { en } else { nl };
    JsonError::field(StatusCode::UNPROCESSABLE_ENTITY, field, message.to_owned())
}
