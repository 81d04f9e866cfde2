//! The client handout (`/advies/{code}/client`): one A4 page in plain language, Option Grid
//! style: the top two or three options side by side, each answering the same questions. The
//! answers are the knowledge base's plain-language texts (`handout_texts`, cited) or fixed
//! templates; where the seeds say nothing, the handout says so.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};

use super::Chrome;
use super::PageLang;
use super::advice::providers;
use super::case::{live_case, no_store};
use crate::db::handout::{HandoutText, for_interventions};
use crate::domain::lang::Lang;
use crate::domain::matching::recommend;
use crate::state::AppState;
use crate::web::error::{AppError, Context};
use crate::web::format::today;
use crate::web::texts::{self, HandoutTexts};

/// How many options the handout sets side by side at most.
pub const OPTIONS: usize = 3;

/// The questions of the grid, in order: (field, question key).
type Question = (&'static str, fn(&HandoutTexts) -> &'static str);
const QUESTIONS: &[Question] = &[
    ("what", |tx| tx.q_what),
    ("how_long", |tx| tx.q_how_long),
    ("who_helps", |tx| tx.q_who_helps),
    ("who_pays", |tx| tx.q_who_pays),
    ("research", |tx| tx.q_research),
    ("next", |tx| tx.q_next),
];

/// The handout page.
#[derive(Template, WebTemplate)]
#[template(path = "handout.html")]
pub struct HandoutPage {
    pub chrome: Chrome,
    pub code: String,
    pub date: String,
    pub names: Vec<String>,
    pub rows: Vec<RowView>,
    pub sources: Vec<String>,
}

/// One question and its answer for every option.
pub struct RowView {
    pub question: &'static str,
    pub answers: Vec<String>,
}

/// The answer for `slug` to `field`: its plain text, a template, or "the sources are silent".
fn answer(
    texts_of: &[HandoutText],
    slug: &str,
    field: &str,
    lang: Lang,
    next: &str,
) -> (String, Option<String>) {
    if field == "next" {
        return (next.to_owned(), None);
    }
    match texts_of
        .iter()
        .find(|t| t.intervention_slug == slug && t.field == field)
    {
        Some(t) => (
            match lang {
                Lang::Nl => t.text_nl.clone(),
                Lang::En => t.text_en.clone(),
            },
            Some(t.source.clone()),
        ),
        None if field == "who_pays" => {
            (texts::for_lang(lang).handout.pays_unknown.to_owned(), None)
        }
        None => (texts::for_lang(lang).handout.silent.to_owned(), None),
    }
}

/// `GET /advies/{code}/client`.
pub async fn show(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path(code): Path<String>,
) -> Result<Response, AppError> {
    let kb = state.knowledge_base();
    let (case, profile) = match live_case(&state, &kb, lang, &code).await {
        Ok(found) => found,
        Err(response) => return Ok(response),
    };
    let advice = recommend(&kb, &profile);
    let top: Vec<_> = advice.recommendations.iter().take(OPTIONS).collect();
    let slugs: Vec<&str> = top.iter().map(|r| r.intervention.slug.as_str()).collect();
    let plain = for_interventions(&state.db, &slugs)
        .await
        .context("handout texts not read")?;
    let date = today();
    let next: Vec<String> = top
        .iter()
        .map(|r| {
            let nearby: Vec<String> = profile
                .region
                .as_deref()
                .map(|region| providers(&kb, region, &r.intervention.slug, lang, &date))
                .unwrap_or_default()
                .iter()
                .map(|p| p.name.to_owned())
                .collect();
            let mut text = texts::for_lang(lang).handout.next.to_owned();
            if nearby.is_empty() {
                text.push(' ');
                text.push_str(texts::for_lang(lang).handout.next_find);
            } else {
                text.push(' ');
                text.push_str(texts::for_lang(lang).handout.next_nearby);
                text.push(' ');
                text.push_str(&nearby.join(", "));
                text.push('.');
            }
            text
        })
        .collect();
    let mut sources: Vec<String> = Vec::new();
    let rows = QUESTIONS
        .iter()
        .map(|(field, question)| RowView {
            question: question(&texts::for_lang(lang).handout),
            answers: slugs
                .iter()
                .zip(&next)
                .map(|(slug, next)| {
                    let (text, source) = answer(&plain, slug, field, lang, next);
                    sources.extend(source);
                    text
                })
                .collect(),
        })
        .collect();
    let mut sources: Vec<String> = sources
        .iter()
        .flat_map(|s| s.split("; "))
        .map(str::to_owned)
        .collect();
    sources.sort();
    sources.dedup();
    let page = HandoutPage {
        chrome: Chrome::new(
            lang,
            &format!("/advies/{}/client", case.code),
            "questionnaire",
        ),
        names: top
            .iter()
            .map(|r| r.intervention.name.get(lang).to_owned())
            .collect(),
        code: case.code,
        date,
        rows,
        sources,
    };
    Ok(no_store(page.into_response()))
}
