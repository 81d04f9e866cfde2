//! The start page and the accessibility statement.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;

use super::{Chrome, PageLang};
use crate::state::AppState;

/// `GET /`.
#[derive(Template, WebTemplate)]
#[template(path = "home.html")]
pub struct HomePage {
    chrome: Chrome,
    kb_version: String,
    intervention_count: usize,
}

/// `GET /`.
pub async fn home(State(state): State<AppState>, PageLang(lang): PageLang) -> HomePage {
    let kb = state.knowledge_base();
    HomePage {
        chrome: Chrome::new(lang, "/", "home"),
        kb_version: kb.version().to_owned(),
        intervention_count: kb.interventions().len(),
    }
}

/// `GET /toegankelijkheid`.
#[derive(Template, WebTemplate)]
#[template(path = "accessibility.html")]
pub struct AccessibilityPage {
    chrome: Chrome,
}

/// `GET /toegankelijkheid`.
pub async fn accessibility(PageLang(lang): PageLang) -> AccessibilityPage {
    AccessibilityPage {
        chrome: Chrome::new(lang, "/toegankelijkheid", ""),
    }
}

/// `GET /privacy`: what is stored, for how long and why.
#[derive(Template, WebTemplate)]
#[template(path = "privacy.html")]
pub struct PrivacyPage {
    chrome: Chrome,
    ttl_days: i64,
}

/// `GET /privacy`.
pub async fn privacy(State(state): State<AppState>, PageLang(lang): PageLang) -> PrivacyPage {
    PrivacyPage {
        chrome: Chrome::new(lang, "/privacy", "privacy"),
        ttl_days: state.cases.ttl_seconds / (24 * 60 * 60),
    }
}
