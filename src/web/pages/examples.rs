//! Trainer mode's example clients: the gallery (`GET /voorbeelden`), the advice for one
//! example (`GET /voorbeelden/{slug}`), and the questionnaire prefilled from one.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::response::Response;

use super::advice::{ExampleIntro, advice_page};
use super::{Chrome, PageLang};
use crate::domain::matching::{Tier, recommend};
use crate::state::AppState;
use crate::web::error::AppError;

/// One example in the gallery.
pub struct ExampleCard {
    pub slug: String,
    pub title: String,
    pub story: String,
    pub source: String,
    /// The names of the top three of its advice, each with its tier ("Past goed").
    pub top: Vec<String>,
    /// The advice's summary (where to begin and why, what follows).
    pub summary: String,
    /// How many steps its plan has.
    pub plan_steps: usize,
    /// The example to compare it with: (slug, title).
    pub compare_with: Option<(String, String)>,
}

/// `GET /voorbeelden`.
#[derive(Template, WebTemplate)]
#[template(path = "examples.html")]
pub struct ExamplesPage {
    chrome: Chrome,
    examples: Vec<ExampleCard>,
}

/// `GET /voorbeelden`.
pub async fn gallery(State(state): State<AppState>, PageLang(lang): PageLang) -> ExamplesPage {
    let kb = state.knowledge_base();
    let tiers = &crate::web::texts::for_lang(lang).tier;
    let examples = kb
        .examples()
        .iter()
        .map(|e| {
            let advice = recommend(&kb, &e.profile);
            let (steps, summary) =
                crate::web::plan_view::plan_and_summary(&kb, &e.profile, &advice, lang);
            ExampleCard {
                slug: e.slug.clone(),
                title: e.title.get(lang).to_owned(),
                story: e.story.get(lang).to_owned(),
                source: e.source.clone(),
                top: advice
                    .recommendations
                    .iter()
                    .take(3)
                    .map(|r| {
                        let tier = match r.tier {
                            Tier::Strong => tiers.strong,
                            Tier::Possible => tiers.possible,
                            Tier::Weak => tiers.weak,
                        };
                        format!("{} ({tier})", r.intervention.name.get(lang))
                    })
                    .collect(),
                summary,
                plan_steps: steps.len(),
                compare_with: e
                    .compare_with
                    .as_deref()
                    .and_then(|slug| kb.example(slug))
                    .map(|other| (other.slug.clone(), other.title.get(lang).to_owned())),
            }
        })
        .collect();
    ExamplesPage {
        chrome: Chrome::new(lang, "/voorbeelden", "examples"),
        examples,
    }
}

/// `GET /voorbeelden/{slug}`: the advice for a fictional client (so it may be a GET).
pub async fn advice(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let kb = state.knowledge_base();
    let example = kb.example(&slug).ok_or(AppError::NotFound)?;
    let reasoning = format!("/voorbeelden/{}/onderbouwing", example.slug);
    let mut page = advice_page(&kb, &example.profile, lang, reasoning);
    page.chrome = Chrome::new(lang, &format!("/voorbeelden/{slug}"), "examples");
    page.example = Some(ExampleIntro {
        slug: example.slug.clone(),
        title: example.title.get(lang).to_owned(),
        story: example.story.get(lang).to_owned(),
        source: example.source.clone(),
    });
    Ok(super::advice::render(&page))
}
