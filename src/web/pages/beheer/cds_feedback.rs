//! `GET /beheer/cds-terugmeldingen`: what professionals did with the CDS Hooks cards, per
//! intervention and reason ("IPS: 12 keer afgewezen, 7 keer 'niet aangeboden in de regio'"),
//! and the stored rows as CSV.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};

use super::Admin;
use crate::db::cds::{self, Tally};
use crate::domain::knowledge::KnowledgeBase;
use crate::domain::lang::Lang;
use crate::state::AppState;
use crate::web::cds::cards::override_display;
use crate::web::error::{AppError, Context};
use crate::web::pages::Chrome;
use crate::web::texts::{self, fill};

/// The page.
#[derive(Template, WebTemplate)]
#[template(path = "beheer/cds_feedback.html")]
pub struct CdsFeedbackPage {
    chrome: Chrome,
    enabled: bool,
    summaries: Vec<String>,
    rows: Vec<TallyRow>,
}

/// One line of the table.
pub struct TallyRow {
    intervention: String,
    outcome: &'static str,
    reason: String,
    count: i64,
}

/// `GET /beheer/cds-terugmeldingen`.
pub async fn show(State(state): State<AppState>, admin: Admin) -> Result<Response, AppError> {
    let tallies = cds::tallies(&state.db)
        .await
        .context("cannot read the CDS feedback")?;
    let kb = state.knowledge_base();
    let lang = admin.lang;
    Ok(CdsFeedbackPage {
        chrome: Chrome::new(lang, "/beheer/cds-terugmeldingen", "beheer"),
        enabled: state.cds.is_some(),
        summaries: summaries(&kb, &tallies, lang),
        rows: tallies
            .iter()
            .map(|t| TallyRow {
                intervention: name(&kb, &t.intervention_slug, lang),
                outcome: outcome_label(&t.outcome, lang),
                reason: reason_label(t.reason_code.as_deref(), lang),
                count: t.count,
            })
            .collect(),
    }
    .into_response())
}

/// `GET /beheer/cds-terugmeldingen.csv`: every stored row (day, card, intervention, outcome,
/// reason code).
pub async fn csv(State(state): State<AppState>, _admin: Admin) -> Result<Response, AppError> {
    let rows = cds::rows(&state.db)
        .await
        .context("cannot read the CDS feedback")?;
    let bytes = to_csv(&rows).context("cannot write the CDS feedback as CSV")?;
    Ok((
        [
            (CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                CONTENT_DISPOSITION,
                "attachment; filename=\"cds-terugmeldingen.csv\"",
            ),
            (CACHE_CONTROL, "no-store"),
        ],
        bytes,
    )
        .into_response())
}

fn to_csv(rows: &[cds::Row]) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(["day", "card", "intervention", "outcome", "reason_code"])?;
    for r in rows {
        writer.write_record([
            r.day.as_str(),
            &r.card_uuid,
            &r.intervention_slug,
            &r.outcome,
            r.reason_code.as_deref().unwrap_or(""),
        ])?;
    }
    writer.into_inner().map_err(|e| e.into_error().into())
}

/// One sentence per intervention: how often its cards were overridden, and why.
fn summaries(kb: &KnowledgeBase, tallies: &[Tally], lang: Lang) -> Vec<String> {
    let mut slugs: Vec<&str> = tallies
        .iter()
        .map(|t| t.intervention_slug.as_str())
        .collect();
    slugs.dedup();
    slugs
        .into_iter()
        .map(|slug| {
            let of = |outcome: &'static str| {
                tallies
                    .iter()
                    .filter(move |t| t.intervention_slug == slug && t.outcome == outcome)
            };
            let accepted: i64 = of("accepted").map(|t| t.count).sum();
            let overridden: i64 = of("overridden").map(|t| t.count).sum();
            let tx = &texts::for_lang(lang).override_reason;
            let count = |template: &str, n: i64| fill(template, &[("count", &n.to_string())]);
            let mut parts = vec![count(tx.overridden, overridden)];
            parts.extend(of("overridden").filter_map(|t| {
                let reason = override_display(t.reason_code.as_deref()?, lang)?;
                let n = t.count.to_string();
                Some(fill(tx.for_reason, &[("count", &n), ("reason", reason)]))
            }));
            parts.push(count(tx.accepted, accepted));
            format!("{}: {}", name(kb, slug, lang), parts.join(", "))
        })
        .collect()
}

fn name(kb: &KnowledgeBase, slug: &str, lang: Lang) -> String {
    kb.intervention(slug)
        .map(|i| i.name.get(lang).to_owned())
        .unwrap_or_else(|| slug.to_owned())
}

fn outcome_label(outcome: &str, lang: Lang) -> &'static str {
    let tx = &texts::for_lang(lang).override_reason;
    match outcome {
        "accepted" => tx.outcome_accepted,
        _ => tx.outcome_overridden,
    }
}

fn reason_label(code: Option<&str>, lang: Lang) -> String {
    match code {
        Some(code) => override_display(code, lang).unwrap_or(code).to_owned(),
        None => "–".to_owned(),
    }
}
