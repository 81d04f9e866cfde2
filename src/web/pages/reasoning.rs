//! The reasoning behind an advice, on a page of its own: a case's `/advies/{code}/onderbouwing`
//! and an example's `/voorbeelden/{slug}/onderbouwing`. For every ranked intervention, in rank
//! order and grouped by tier as on the advice page, its heading (rank, name, score) and its
//! whole ledger: every rule with its points and source, the caveats and the total; above them
//! the scores as a chart. The advice page's cards link to `#onderbouwing-{slug}`. Printed, it is
//! the advice's appendix.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};

use super::advice::{AdviceView, CardView};
use super::case::{live_case, no_store};
use super::{Chrome, PageLang};
use crate::domain::knowledge::KnowledgeBase;
use crate::domain::lang::Lang;
use crate::domain::matching::recommend;
use crate::domain::profile::ClientProfile;
use crate::state::AppState;
use crate::web::error::AppError;
use crate::web::format::today;

/// The reasoning page.
#[derive(Template, WebTemplate)]
#[template(path = "reasoning.html")]
pub struct ReasoningPage<'a> {
    pub chrome: Chrome,
    /// The advice whose reasoning this is (its cards hold the ledgers).
    pub view: AdviceView<'a>,
    /// The advice page's address, for the link back.
    pub back: String,
    /// The example's title, when the advice is an example's.
    pub example: Option<String>,
    /// The knowledge base changed since the case was saved.
    pub kb_changed: bool,
    /// Every source the ledgers cite, once each, sorted.
    pub sources: Vec<String>,
}

impl<'a> ReasoningPage<'a> {
    /// The page for `profile`'s advice, at `path`, leading back to `back`.
    fn new(
        kb: &'a KnowledgeBase,
        profile: &'a ClientProfile,
        lang: Lang,
        path: &str,
        back: String,
    ) -> Self {
        let advice = recommend(kb, profile);
        let view = AdviceView::new(kb, &advice, profile, lang, today());
        Self {
            chrome: Chrome::new(lang, path, "questionnaire"),
            sources: ledger_sources(&view.cards),
            view,
            back,
            example: None,
            kb_changed: false,
        }
    }
}

/// `GET /advies/{code}/onderbouwing`: the reasoning of a stored case's advice; the same 404/410
/// page as the advice for a code that is not (or no longer) a case.
pub async fn case(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path(code): Path<String>,
) -> Response {
    let kb = state.knowledge_base();
    let (case, profile) = match live_case(&state, &kb, lang, &code).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let path = format!("/advies/{}/onderbouwing", case.code);
    let back = format!("/advies/{}", case.code);
    let mut page = ReasoningPage::new(&kb, &profile, lang, &path, back);
    page.kb_changed = case.kb_version != kb.version();
    no_store(page.into_response())
}

/// `GET /voorbeelden/{slug}/onderbouwing`: the reasoning of an example's advice.
pub async fn example(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let kb = state.knowledge_base();
    let example = kb.example(&slug).ok_or(AppError::NotFound)?;
    let path = format!("/voorbeelden/{}/onderbouwing", example.slug);
    let back = format!("/voorbeelden/{}", example.slug);
    let mut page = ReasoningPage::new(&kb, &example.profile, lang, &path, back);
    page.chrome.current = "examples";
    page.example = Some(example.title.get(lang).to_owned());
    Ok(page.into_response())
}

/// Every source the ledgers cite (a combined citation "A; B" counts as A and B), once each,
/// sorted.
fn ledger_sources(cards: &[CardView<'_>]) -> Vec<String> {
    let mut sources: Vec<&str> = cards
        .iter()
        .flat_map(|c| c.reasons.iter().chain(&c.caveats))
        .flat_map(|l| l.source.split("; "))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    sources.sort_unstable();
    sources.dedup();
    sources.into_iter().map(str::to_owned).collect()
}
