//! Beheer: administrators maintain the knowledge base. Every page and every write requires a
//! signed-in administrator; state-changing requests must come from our own pages (the
//! cross-origin check of tower-http's `CsrfLayer`) and carry the session's CSRF token.

pub mod cds_feedback;
pub mod edit;
pub mod effects;
pub mod exchange;
pub mod field_errors;
pub mod field_names;
pub mod form;
pub mod funding;
pub mod intervention;
pub mod intervention_input;
pub mod kb_editor;
pub mod kb_fields;
pub mod log;
pub mod login;
pub mod plan_rules;
pub mod route_facts;
pub mod rule_input;
pub mod rules;
pub mod social;
pub mod social_check;

use axum::Router;
use axum::extract::{DefaultBodyLimit, FromRequestParts};
use axum::http::header::COOKIE;
use axum::http::request::Parts;
use axum::http::{HeaderMap, Method};
use axum::routing::{get, post};
use sha2::{Digest, Sha256};

use super::{Chrome, PageLang};
use crate::db::users::{self, Session};
use crate::domain::lang::Lang;
use crate::state::AppState;
use crate::web::error::{AppError, Context};

/// The session cookie: sent only to `/beheer`, never readable by scripts, never cross-site.
pub const COOKIE_NAME: &str = "iw_beheer";

/// The largest body of the login and logout forms: a name, a password, a token.
pub const LOGIN_BODY_LIMIT: usize = 4 * 1024;
/// The largest body of an edit form.
pub const FORM_BODY_LIMIT: usize = 512 * 1024;
/// The largest upload: a knowledge-base or sociale-kaart import.
pub const IMPORT_BODY_LIMIT: usize = 8 * 1024 * 1024;

/// Every route of beheer; edit forms may be [`FORM_BODY_LIMIT`] long, the routes above say
/// where less or more is allowed.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/beheer", get(edit::dashboard))
        .route(
            "/beheer/inloggen",
            get(login::form)
                .post(login::submit)
                .layer(DefaultBodyLimit::max(LOGIN_BODY_LIMIT)),
        )
        .route(
            "/beheer/uitloggen",
            post(login::logout).layer(DefaultBodyLimit::max(LOGIN_BODY_LIMIT)),
        )
        .route(
            "/beheer/interventies/{slug}",
            get(intervention::form).post(intervention::submit),
        )
        .route("/beheer/interventies/{slug}/regels", post(rules::create))
        .route(
            "/beheer/interventies/{slug}/regels/nieuw",
            get(rules::new_form),
        )
        .route("/beheer/regels/{id}", get(rules::form).post(rules::submit))
        .route("/beheer/regels/{id}/verwijderen", post(rules::delete))
        .route("/beheer/logboek", get(log::log))
        .route("/beheer/cds-terugmeldingen", get(cds_feedback::show))
        .route("/beheer/cds-terugmeldingen.csv", get(cds_feedback::csv))
        .route("/beheer/export", get(exchange::download))
        .route(
            "/beheer/import",
            get(exchange::form)
                .post(exchange::upload)
                .layer(DefaultBodyLimit::max(IMPORT_BODY_LIMIT)),
        )
        .route(
            "/beheer/sociale-kaart",
            get(exchange::social_map_form)
                .post(exchange::social_map_upload)
                .layer(DefaultBodyLimit::max(IMPORT_BODY_LIMIT)),
        )
        .route("/beheer/sociale-kaart.csv", get(exchange::social_map_csv))
        .route(
            "/beheer/sociale-kaart/{entry}",
            get(social::new_form).post(social::create),
        )
        .route(
            "/beheer/sociale-kaart/{entry}/{key}",
            get(social::form).post(social::update),
        )
        .route(
            "/beheer/sociale-kaart/{entry}/{key}/verwijderen",
            post(social::remove),
        )
        .merge(rows_router::<route_facts::RouteFacts>())
        .merge(rows_router::<funding::Funding>())
        .merge(rows_router::<plan_rules::PlanRules>())
        .layer(tower_http::csrf::CsrfLayer::new())
}

/// The routes of one row editor (see [`kb_editor`]).
fn rows_router<E: kb_editor::RowEditor>() -> Router<AppState> {
    Router::new()
        .route(
            E::BASE,
            get(kb_editor::list::<E>).post(kb_editor::create::<E>),
        )
        .route(&format!("{}/nieuw", E::BASE), get(kb_editor::new_form::<E>))
        .route(
            &format!("{}/{{id}}", E::BASE),
            get(kb_editor::form::<E>).post(kb_editor::change::<E>),
        )
        .route(
            &format!("{}/{{id}}/verwijderen", E::BASE),
            post(kb_editor::remove::<E>),
        )
}

/// The SHA-256 of a session cookie value: what the database stores.
pub fn id_hash(cookie_value: &str) -> String {
    Sha256::digest(cookie_value.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Seconds since the epoch.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// The session cookie's value, if the request carries one.
pub fn session_cookie(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|c| {
            c.trim()
                .strip_prefix(&format!("{COOKIE_NAME}="))
                .map(str::to_owned)
        })
        .filter(|v| !v.is_empty())
}

/// A signed-in administrator, with the session's CSRF token and the page language.
#[derive(Debug, Clone)]
pub struct Admin {
    pub session: Session,
    pub lang: Lang,
}

impl Admin {
    /// The account name, for the audit log.
    pub fn name(&self) -> &str {
        &self.session.user.name
    }

    /// Whether a submitted form's token is this session's.
    pub fn token_matches(&self, submitted: &str) -> bool {
        tokens_match(&self.session.csrf_token, submitted)
    }
}

/// A signed-in account without the administrator role: what it may do is sign out.
#[derive(askama::Template, askama_web::WebTemplate)]
#[template(path = "beheer/forbidden.html")]
pub struct ForbiddenPage {
    chrome: Chrome,
    csrf: String,
}

/// The page of a signed-in account without the administrator role.
pub fn forbidden_page(lang: Lang, csrf: String) -> ForbiddenPage {
    ForbiddenPage {
        chrome: Chrome::new(lang, "/beheer", "beheer"),
        csrf,
    }
}

/// A signed-in account, administrator or not (enough to sign out).
pub type SignedIn = Account;

/// A signed-in account with its session and the page language.
#[derive(Debug, Clone)]
pub struct Account {
    pub session: Session,
    pub lang: Lang,
}

impl Account {
    /// The account name.
    pub fn name(&self) -> &str {
        &self.session.user.name
    }

    /// Whether a submitted form's token is this session's.
    pub fn token_matches(&self, submitted: &str) -> bool {
        tokens_match(&self.session.csrf_token, submitted)
    }
}

fn tokens_match(expected: &str, submitted: &str) -> bool {
    let (expected, submitted) = (expected.as_bytes(), submitted.as_bytes());
    expected.len() == submitted.len()
        && expected
            .iter()
            .zip(submitted)
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

impl FromRequestParts<AppState> for Account {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let PageLang(lang) = PageLang::from_request_parts(parts, state)
            .await
            .unwrap_or(PageLang(Lang::Nl));
        let write = parts.method != Method::GET && parts.method != Method::HEAD;
        let Some(cookie) = session_cookie(&parts.headers) else {
            return Err(AppError::SignIn { write });
        };
        let now = now();
        let idle_since = now - state.admin.session_idle_minutes * 60;
        let session = users::find_session(&state.db, &id_hash(&cookie), now, idle_since)
            .await
            .context("cannot read the session")?
            .ok_or(AppError::SignIn { write })?;
        Ok(Self { session, lang })
    }
}

impl FromRequestParts<AppState> for Admin {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let Account { session, lang } = Account::from_request_parts(parts, state).await?;
        if !session.user.is_admin {
            return Err(AppError::Forbidden {
                csrf: session.csrf_token,
            });
        }
        Ok(Self { session, lang })
    }
}

/// Reloads the knowledge base from the database and swaps it in; requests under way keep the
/// snapshot they started with.
pub async fn reload(state: &AppState) -> Result<(), crate::db::knowledge::LoadError> {
    let kb = crate::db::knowledge::load(&state.db).await?;
    tracing::info!(version = kb.version(), "knowledge base reloaded");
    state.replace_knowledge_base(kb);
    Ok(())
}

/// The first value of `name` in a posted form, or "".
pub fn field<'a>(pairs: &'a [(String, String)], name: &str) -> &'a str {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map_or("", |(_, v)| v.as_str())
}

/// The slugs of the knowledge base's interventions: what a service of the sociale kaart may name.
pub fn intervention_slugs(state: &AppState) -> Vec<String> {
    state
        .knowledge_base()
        .interventions()
        .iter()
        .map(|i| i.slug.clone())
        .collect()
}
