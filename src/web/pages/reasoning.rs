//! The reasoning behind an advice, on a page of its own: a case's `/advies/{code}/onderbouwing`
//! and an example's `/voorbeelden/{slug}/onderbouwing`. For every ranked intervention, in rank
//! order and grouped by tier as on the advice page, its heading (rank, name, score) and its
//! whole ledger: every rule with its points and source, the caveats and the total; above them
//! the scores as a chart; below them the interventions that do not fit, each with why. The
//! answers are summed up at the top, so that a printed page can be matched to its advice; a
//! trainer changes them from here (a case's "Antwoorden aanpassen", one answer at a time, or
//! the comparison). The advice page's cards link to `#onderbouwing-{slug}`. Printed, it is the
//! advice's appendix.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};

use super::advice::{AdviceView, CardView, CaseView, ExampleIntro, distinct_sources};
use super::case::{date_of, live_case, no_store};
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
    /// The example, when the advice is an example's: its title and story.
    pub example: Option<ExampleIntro>,
    /// The stored case, when the advice is a case's: for the note that the knowledge base
    /// changed and the links to change the answers.
    pub case: Option<CaseView>,
    /// Every source the page cites (the ledgers, the excluded interventions' rules), once each,
    /// sorted.
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
            sources: cited_sources(&view),
            view,
            back,
            example: None,
            case: None,
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
    page.case = Some(CaseView {
        kb_changed: case.kb_version != kb.version(),
        expires: date_of(case.expires_at),
        code: case.code,
        change: None,
    });
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
    page.example = Some(ExampleIntro {
        slug: example.slug.clone(),
        title: example.title.get(lang).to_owned(),
        story: example.story.get(lang).to_owned(),
        source: example.source.clone(),
    });
    Ok(page.into_response())
}

/// Every source the page cites: the ledgers' lines and the excluded interventions' rules.
fn cited_sources(view: &AdviceView<'_>) -> Vec<String> {
    let ledgers = view
        .cards
        .iter()
        .flat_map(|c: &CardView<'_>| c.reasons.iter().chain(&c.caveats))
        .map(|l| l.source);
    let excluded = view
        .excluded
        .iter()
        .flat_map(|e| e.reasons.iter().map(|(_, source)| *source));
    distinct_sources(ledgers.chain(excluded))
}
