//! The dashboard, editing an intervention (with a preview over the example clients before
//! saving) and the audit log.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;

use super::Admin;
use crate::db::rows::{self, Snapshot};
use crate::domain::comparison::{Standing, moves};
use crate::domain::knowledge::KnowledgeBase;
use crate::domain::lang::Lang;
use crate::domain::matching::recommend;
use crate::state::AppState;
use crate::web::error::{AppError, Context};
use crate::web::format::format_points;
use crate::web::pages::Chrome;
use crate::web::texts;
use crate::web::views::recognition_warnings;

/// One intervention on the dashboard.
pub struct DashboardEntry {
    pub slug: String,
    pub name: String,
    pub evidence: String,
    pub rules: usize,
    pub warnings: Vec<String>,
}

/// `GET /beheer`.
#[derive(Template, WebTemplate)]
#[template(path = "beheer/index.html")]
pub struct DashboardPage {
    chrome: Chrome,
    user: String,
    csrf: String,
    kb_version: String,
    entries: Vec<DashboardEntry>,
}

/// `GET /beheer`.
pub async fn dashboard(State(state): State<AppState>, admin: Admin) -> DashboardPage {
    let kb = state.knowledge_base();
    let lang = admin.lang;
    DashboardPage {
        chrome: Chrome::new(lang, "/beheer", "beheer"),
        user: admin.name().to_owned(),
        csrf: admin.session.csrf_token.clone(),
        kb_version: kb.version().to_owned(),
        entries: kb
            .interventions()
            .iter()
            .map(|i| DashboardEntry {
                slug: i.slug.clone(),
                name: i.name.get(lang).to_owned(),
                evidence: kb.evidence_of(i).label.get(lang).to_owned(),
                rules: i.rules.len(),
                warnings: recognition_warnings(
                    i,
                    state.admin.recognition_max_age_years,
                    lang,
                    true,
                ),
            })
            .collect(),
    }
}

/// How one example client's advice would move with a draft.
pub struct ExamplePreview {
    pub title: String,
    pub moves: Vec<(String, String, String)>,
}

fn standing_text(s: Standing, lang: Lang) -> String {
    match s {
        Standing::Ranked { rank, score } => {
            format!("{rank} ({})", format_points(score, lang, false))
        }
        Standing::Excluded => texts::for_lang(lang).compare.excluded.to_owned(),
    }
}

/// Runs every example client over the current and the draft knowledge base.
pub fn preview(current: &KnowledgeBase, draft: &KnowledgeBase, lang: Lang) -> Vec<ExamplePreview> {
    draft
        .examples()
        .iter()
        .map(|e| {
            let before = recommend(current, &e.profile);
            let after = recommend(draft, &e.profile);
            ExamplePreview {
                title: e.title.get(lang).to_owned(),
                moves: moves(&before, &after)
                    .into_iter()
                    .map(|m| {
                        (
                            m.intervention.name.get(lang).to_owned(),
                            standing_text(m.before, lang),
                            standing_text(m.after, lang),
                        )
                    })
                    .collect(),
            }
        })
        .collect()
}

/// The current rows, read in one transaction.
pub async fn current_rows(state: &AppState) -> Result<Snapshot, AppError> {
    let read = async {
        let mut tx = state.db.begin().await?;
        let snapshot = rows::fetch(&mut tx).await?;
        tx.commit().await?;
        Ok::<_, sqlx::Error>(snapshot)
    };
    read.await.context("cannot read the knowledge base")
}
