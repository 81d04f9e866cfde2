//! The HTML pages, one module per page area, and what they share: the page language, the
//! layout's data ([`Chrome`]) and the message page (errors: `web::error`).

pub mod advice;
mod advice_card;
pub mod beheer;
pub mod case;
pub mod case_change;
pub mod case_pages;
pub mod catalogue;
pub mod compare;
pub mod examples;
pub mod explain;
pub mod figures;
pub mod handout;
pub mod questionnaire;
pub mod reasoning;
pub mod simple;
pub mod social_map;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{FromRequestParts, Request};
use axum::http::HeaderValue;
use axum::http::header::{COOKIE, SET_COOKIE};
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::Response;

use crate::domain::lang::Lang;
use crate::web::assets;
use crate::web::error::AppError;
use crate::web::texts::{self, Texts};

/// The language of a page: `?lang=` first, then the `lang` cookie, else Dutch.
#[derive(Debug, Clone, Copy)]
pub struct PageLang(pub Lang);

pub(crate) fn query_lang(query: Option<&str>) -> Option<Lang> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query?).ok()?;
    pairs
        .iter()
        .rev()
        .find(|(k, _)| k == "lang")
        .and_then(|(_, v)| Lang::from_code(v))
}

fn cookie_lang(parts: &Parts) -> Option<Lang> {
    parts
        .headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().strip_prefix("lang="))
        .find_map(Lang::from_code)
}

impl<S: Send + Sync> FromRequestParts<S> for PageLang {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let lang = query_lang(parts.uri.query())
            .or_else(|| cookie_lang(parts))
            .unwrap_or_default();
        Ok(Self(lang))
    }
}

/// Remembers a language chosen with `?lang=` in a cookie (a preference, not client data).
pub async fn remember_lang(request: Request, next: Next) -> Response {
    let chosen = query_lang(request.uri().query());
    let mut response = next.run(request).await;
    if let Some(lang) = chosen {
        let cookie = format!(
            "lang={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly",
            lang.code()
        );
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(SET_COOKIE, value);
        }
    }
    response
}

/// What the layout needs on every page.
#[derive(Debug, Clone)]
pub struct Chrome {
    pub lang: Lang,
    /// The fixed texts in the page's language (`{{ chrome.tx.home.title }}`).
    pub tx: &'static Texts,
    /// Where the language switch leads: this page in the other language.
    pub switch_href: String,
    /// Which menu item is the current page.
    pub current: &'static str,
}

impl Chrome {
    /// The layout for the page at `path` (a path of ours, without query).
    pub fn new(lang: Lang, path: &str, current: &'static str) -> Self {
        Self {
            lang,
            tx: texts::for_lang(lang),
            switch_href: format!("{path}?lang={}", lang.other().code()),
            current,
        }
    }

    /// The URL of a static asset.
    pub fn asset(&self, path: &str) -> &'static str {
        assets::url(path)
    }

    /// The language code of the other language.
    pub fn other_lang(&self) -> &'static str {
        self.lang.other().code()
    }

    /// `aria-current="page"` for the current menu item.
    pub fn is_current(&self, item: &str) -> bool {
        self.current == item
    }
}

/// The fallback for every unknown path: the 404 page.
pub async fn not_found() -> AppError {
    AppError::NotFound
}

/// A page with a title and one message: the 404 and error pages.
#[derive(Template, WebTemplate)]
#[template(path = "message.html")]
pub struct MessagePage {
    pub chrome: Chrome,
    pub title: &'static str,
    pub body: std::borrow::Cow<'static, str>,
}
