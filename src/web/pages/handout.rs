//! The client handout (`/advies/{code}/client`): one A4 page in plain language, Option Grid
//! style: the top two or three options that fit (well or possibly) and that the sources describe
//! for the client's group, side by side, each answering the same questions. The
//! answers are the knowledge base's plain-language texts (`handout_texts`, cited, in the
//! in-memory snapshot), who pays from the funding lines for this client's situation, or fixed
//! templates; where the seeds say nothing, the handout says so.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};

use super::Chrome;
use super::PageLang;
use super::advice::providers;
use super::case::{live_case, no_store};
use crate::domain::knowledge::KnowledgeBase;
use crate::domain::lang::Lang;
use crate::domain::matching::{Recommendation, Tier, recommend};
use crate::domain::profile::Dimension;
use crate::domain::route::funding;
use crate::state::AppState;
use crate::web::error::AppError;
use crate::web::format::today;
use crate::web::handout_pays::who_pays;
use crate::web::route_view::this_year;
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
fn answer(kb: &KnowledgeBase, slug: &str, field: &str, lang: Lang) -> (String, Option<String>) {
    match kb.handout_texts(slug).find(|t| t.field == field) {
        Some(t) => (t.text.get(lang).to_owned(), Some(t.source.clone())),
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
    // The client reads only options that fit (well or possibly) and that the sources describe
    // for their group: "Past minder" or, say, IPS for an employee ("Eerst zoekt u een baan")
    // would tell them something that is not for them.
    let for_client = |r: &&Recommendation| {
        r.tier != Tier::Weak
            && r.intervention
                .admits(Dimension::Severity, profile.severity.code())
            && r.intervention
                .admits(Dimension::WorkSituation, profile.work_situation.code())
    };
    let top: Vec<_> = advice
        .recommendations
        .iter()
        .filter(for_client)
        .take(OPTIONS)
        .collect();
    let slugs: Vec<&str> = top.iter().map(|r| r.intervention.slug.as_str()).collect();
    let answers = profile.answer_masks();
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
                .map(|(slug, next)| match *field {
                    "next" => next.clone(),
                    "who_pays" => {
                        let lines = funding(kb.route_data(), slug, &answers);
                        sources.extend(lines.iter().map(|l| l.source.clone()));
                        who_pays(&lines, lang, this_year())
                    }
                    _ => {
                        let (text, source) = answer(&kb, slug, field, lang);
                        sources.extend(source);
                        text
                    }
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
