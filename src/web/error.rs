//! One error type for every handler of the web layer: [`AppError`].
//!
//! Handlers return `Result<_, AppError>` (pages, beheer) or `Result<_, JsonError>` (the JSON
//! API) and use `?`: database and knowledge-base errors convert with `From` (add a log message
//! with [`Context::context`], or [`Context::saving`] for a write). A failure of ours is logged
//! once, where it is turned into a response, and never shown.
//!
//! An `AppError` answered as a page does not know the page's language; it leaves an
//! [`ErrorPage`] in the response's extensions and [`render_error_pages`], the middleware of
//! the page routes, renders the message page in the request's language. A [`JsonError`] is
//! answered as the contract's JSON error `{ "error": "...", "field": ... }`.

use std::borrow::Cow;
use std::error::Error;

use axum::Json;
use axum::extract::Request;
use axum::http::StatusCode;
use axum::http::header::LOCATION;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::domain::lang::Lang;
use crate::web::pages::{Chrome, MessagePage, PageLang};
use crate::web::texts;

/// Any error of ours: the database, the knowledge base, a template.
pub type BoxError = Box<dyn Error + Send + Sync>;

/// Why a request is not served.
#[derive(Debug)]
pub enum AppError {
    /// No such page or item: 404.
    NotFound,
    /// A request we refuse with a message for the user, already in the request's language,
    /// and the offending field if there is one (the API's 400, 404, 413, 415, 422).
    Refused {
        status: StatusCode,
        message: String,
        field: Option<String>,
    },
    /// Beheer without a session: a page goes to the login form (303); a write gets 401.
    SignIn { write: bool },
    /// Signed in without the administrator role: 403, and the account may only sign out
    /// (with this session's CSRF token).
    Forbidden { csrf: String },
    /// A beheer form without this session's CSRF token: 403.
    BadToken,
    /// A beheer form body that is too large, not a form, or not of the expected shape.
    BadForm(StatusCode),
    /// A write failed and was rolled back: 507 when the disk (or database) is full, else 503.
    WriteFailed {
        error: sqlx::Error,
        what: &'static str,
    },
    /// A failure of ours: 500, logged with `context` when answered.
    Internal {
        error: BoxError,
        context: &'static str,
    },
}

impl AppError {
    /// A refusal about the request as a whole.
    pub fn refused(status: StatusCode, message: impl Into<String>) -> Self {
        Self::Refused {
            status,
            message: message.into(),
            field: None,
        }
    }

    /// A refusal about one field of the request.
    pub fn field(status: StatusCode, field: &str, message: impl Into<String>) -> Self {
        Self::Refused {
            status,
            message: message.into(),
            field: Some(field.to_owned()),
        }
    }

    /// A failure of ours, logged with `context` when answered.
    pub fn internal(context: &'static str, error: impl Into<BoxError>) -> Self {
        Self::Internal {
            error: error.into(),
            context,
        }
    }

    /// The status code of the answer.
    pub fn status(&self) -> StatusCode {
        match self {
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::Refused { status, .. } => *status,
            Self::SignIn { write: false } => StatusCode::SEE_OTHER,
            Self::SignIn { write: true } => StatusCode::UNAUTHORIZED,
            Self::Forbidden { .. } | Self::BadToken => StatusCode::FORBIDDEN,
            Self::BadForm(status) => *status,
            Self::WriteFailed { error, .. } if crate::db::is_disk_full(error) => {
                StatusCode::INSUFFICIENT_STORAGE
            }
            Self::WriteFailed { .. } => StatusCode::SERVICE_UNAVAILABLE,
            Self::Internal { .. } => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// Logs a failure of ours (the one place it is logged) and says what the page shows.
    fn into_page(self) -> ErrorPage {
        match self {
            Self::NotFound => ErrorPage::NotFound,
            Self::Refused { message, .. } => ErrorPage::Refused(message),
            Self::SignIn { .. } => ErrorPage::SignIn,
            Self::Forbidden { csrf } => ErrorPage::Forbidden(csrf),
            Self::BadToken => ErrorPage::BadToken,
            Self::BadForm(_) => ErrorPage::BadForm,
            Self::WriteFailed { error, what } => {
                let disk_full = crate::db::is_disk_full(&error);
                tracing::error!(%error, disk_full, "cannot save {what}; nothing was changed");
                ErrorPage::WriteFailed { disk_full }
            }
            Self::Internal { error, context } => {
                tracing::error!(%error, "{context}");
                ErrorPage::Internal
            }
        }
    }
}

impl From<sqlx::Error> for AppError {
    fn from(error: sqlx::Error) -> Self {
        Self::internal("database error", error)
    }
}

impl From<crate::db::knowledge::LoadError> for AppError {
    fn from(error: crate::db::knowledge::LoadError) -> Self {
        Self::internal("cannot load the knowledge base", error)
    }
}

impl From<askama::Error> for AppError {
    fn from(error: askama::Error) -> Self {
        Self::internal("page not rendered", error)
    }
}

/// Turns any error of ours into an [`AppError`] with a log message.
pub trait Context<T> {
    /// A failure of ours (500), logged as `context`.
    fn context(self, context: &'static str) -> Result<T, AppError>;
}

impl<T, E: Into<BoxError>> Context<T> for Result<T, E> {
    fn context(self, context: &'static str) -> Result<T, AppError> {
        self.map_err(|error| AppError::internal(context, error))
    }
}

/// Turns a failed database write into [`AppError::WriteFailed`].
pub trait Saving<T> {
    /// A write of `what` that failed and was rolled back (507 or 503).
    fn saving(self, what: &'static str) -> Result<T, AppError>;
}

impl<T> Saving<T> for Result<T, sqlx::Error> {
    fn saving(self, what: &'static str) -> Result<T, AppError> {
        self.map_err(|error| AppError::WriteFailed { error, what })
    }
}

/// What an error page shows; left in the response's extensions for [`render_error_pages`].
#[derive(Debug, Clone)]
pub enum ErrorPage {
    NotFound,
    Refused(String),
    SignIn,
    Forbidden(String),
    BadToken,
    BadForm,
    WriteFailed { disk_full: bool },
    Internal,
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = self.status();
        if status == StatusCode::SEE_OTHER {
            return (status, [(LOCATION, "/beheer/inloggen")]).into_response();
        }
        let page = self.into_page();
        let mut response = status.into_response();
        response.extensions_mut().insert(page);
        response
    }
}

/// The middleware of the page routes: renders an [`ErrorPage`] left by a handler (or an
/// extractor) as the message page in the request's language.
pub async fn render_error_pages(
    PageLang(lang): PageLang,
    request: Request,
    next: Next,
) -> Response {
    let beheer = request.uri().path().starts_with("/beheer");
    let mut response = next.run(request).await;
    let Some(page) = response.extensions_mut().remove::<ErrorPage>() else {
        return response;
    };
    // Keep the handler's status and headers (`Cache-Control: no-store`, say); add the page.
    let (mut parts, _) = response.into_parts();
    let (page_parts, body) = render(page, lang, beheer).into_parts();
    parts.headers.extend(page_parts.headers);
    Response::from_parts(parts, body)
}

/// The message page for `page`: beheer's own refusals (and failures inside beheer) under the
/// beheer title and menu item, everything else as the site's error pages.
fn render(page: ErrorPage, lang: Lang, beheer: bool) -> Response {
    let tx = texts::for_lang(lang);
    let beheer_chrome = match page {
        ErrorPage::NotFound => false,
        ErrorPage::Internal | ErrorPage::Refused(_) => beheer,
        _ => true,
    };
    let (title, body): (&'static str, Cow<'static, str>) = match page {
        ErrorPage::Forbidden(csrf) => {
            return crate::web::pages::beheer::forbidden_page(lang, csrf).into_response();
        }
        ErrorPage::NotFound => (tx.notfound.title, tx.notfound.body.into()),
        ErrorPage::Internal if beheer => (tx.beheer.title, tx.error.body.into()),
        ErrorPage::Internal => (tx.error.title, tx.error.body.into()),
        ErrorPage::Refused(message) if beheer => (tx.beheer.title, message.into()),
        ErrorPage::Refused(message) => (tx.error.title, message.into()),
        ErrorPage::SignIn => (tx.beheer.title, tx.beheer.sign_in_first.into()),
        ErrorPage::BadToken => (tx.beheer.title, tx.beheer.bad_token.into()),
        ErrorPage::BadForm => (tx.beheer.title, tx.beheer.bad_form.into()),
        ErrorPage::WriteFailed { disk_full: true } => (tx.beheer.title, tx.beheer.disk_full.into()),
        ErrorPage::WriteFailed { disk_full: false } => {
            (tx.beheer.title, tx.beheer.write_failed.into())
        }
    };
    let chrome = if beheer_chrome {
        Chrome::new(lang, "/beheer", "beheer")
    } else {
        Chrome::new(lang, "/", "")
    };
    MessagePage {
        chrome,
        title,
        body,
    }
    .into_response()
}

/// The same errors answered by the JSON API: the contract's `{ "error", "field" }`.
#[derive(Debug)]
pub struct JsonError(pub AppError);

impl JsonError {
    /// An error about the request as a whole.
    pub fn new(status: StatusCode, message: impl Into<String>) -> Self {
        Self(AppError::refused(status, message))
    }

    /// An error about one field of the request.
    pub fn field(status: StatusCode, field: &str, message: impl Into<String>) -> Self {
        Self(AppError::field(status, field, message))
    }

    /// The status code of the answer.
    pub fn status(&self) -> StatusCode {
        self.0.status()
    }
}

impl<E: Into<AppError>> From<E> for JsonError {
    fn from(error: E) -> Self {
        Self(error.into())
    }
}

/// The body of every API error.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ApiErrorBody<'a> {
    /// A human-readable message, in the request's language.
    error: &'a str,
    /// The offending field, or null when the error is about the request as a whole.
    field: Option<&'a str>,
}

/// The message of an error the API did not word itself: both languages.
fn our_side() -> String {
    crate::web::texts::both(|tx| tx.error.our_side)
}

impl IntoResponse for JsonError {
    fn into_response(self) -> Response {
        let status = self.status();
        let (message, field) = match self.0 {
            AppError::Refused { message, field, .. } => (message, field),
            AppError::NotFound => (crate::web::texts::both(|tx| tx.error.not_found), None),
            other => {
                other.into_page();
                (our_side(), None)
            }
        };
        let body = ApiErrorBody {
            error: &message,
            field: field.as_deref(),
        };
        (status, Json(body)).into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn body_of(response: Response) -> serde_json::Value {
        let bytes = axum::body::to_bytes(response.into_body(), 4096)
            .await
            .expect("body");
        serde_json::from_slice(&bytes).expect("JSON")
    }

    #[tokio::test]
    async fn a_database_error_is_the_contracts_json_500_without_details() {
        let error: JsonError = AppError::from(sqlx::Error::PoolTimedOut).into();
        let response = error.into_response();
        assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let body = body_of(response).await;
        assert_eq!(
            body["error"],
            "Er ging iets mis aan onze kant. / Something went wrong on our side."
        );
        assert!(body["field"].is_null());
    }

    #[tokio::test]
    async fn a_refusal_keeps_its_status_message_and_field() {
        let response = JsonError::field(StatusCode::UNPROCESSABLE_ENTITY, "region", "Onbekend.")
            .into_response();
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let body = body_of(response).await;
        assert_eq!(body["error"], "Onbekend.");
        assert_eq!(body["field"], "region");
    }

    #[test]
    fn a_page_error_leaves_what_to_show_for_the_middleware() {
        let response = AppError::BadToken.into_response();
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
        assert!(matches!(
            response.extensions().get::<ErrorPage>(),
            Some(ErrorPage::BadToken)
        ));
        let sign_in = AppError::SignIn { write: false }.into_response();
        assert_eq!(sign_in.status(), StatusCode::SEE_OTHER);
        assert_eq!(sign_in.headers()[LOCATION], "/beheer/inloggen");
    }
}
