//! Administrator forms, in one place: the [`AdminForm`] extractor (a signed-in administrator,
//! the session's CSRF token checked, the body deserialised into a struct), its sibling
//! [`AdminUpload`] for the file uploads (multipart), [`FieldErrors`]
//! (messages at the field, in the page's language) and optimistic concurrency (an edit form
//! carries the [`Fingerprint`] of the item as it was opened; a stale save gets [`conflict`]).
//! [`FieldErrors`] and the checks shared by the editors live in `field_errors`.
//!
//! A new editor needs four steps:
//! 1. a `#[derive(Deserialize)]` struct of `String` fields (`Vec<String>` for a repeated name;
//!    strings keep whatever was typed, so a refused form shows it again unchanged) and a handler
//!    taking `AdminForm<ThatStruct>`;
//! 2. a hidden `fingerprint` field in the form, filled with `Fingerprint::of(&stored_item)`;
//! 3. the save inside one write transaction calls [`crate::db::versions::check`] with the item
//!    as stored there and the submitted fingerprint, before writing;
//! 4. on `SaveError::Stale` the handler returns [`conflict`], which shows both versions and keeps
//!    the administrator's input; nothing is overwritten.

use axum::body::Body;
use axum::extract::rejection::RawFormRejection;
use axum::extract::{FromRequest, FromRequestParts, Multipart, RawForm, Request};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::Form;
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::Admin;
use super::field_names::FieldNames;
use crate::db::versions::{Fingerprint, changes, leaves};
use crate::domain::lang::Lang;
use crate::state::AppState;
use crate::web::error::AppError;
use crate::web::pages::Chrome;
use crate::web::texts::{self, Texts};

pub use super::field_errors::{FieldError, FieldErrors};
pub use crate::db::versions::{SaveError, Stale};

/// The hidden form field that carries the item's fingerprint.
pub const FINGERPRINT: &str = "fingerprint";

/// A posted administrator form: who posted it, the form as `T` (through
/// `axum_extra::extract::Form`, so a repeated name fills a `Vec`) and the raw pairs (what
/// [`conflict`] posts back so nothing typed is lost). The CSRF token (field `csrf`) is checked
/// before `T` is read; `T` need not declare it.
pub struct AdminForm<T> {
    pub admin: Admin,
    pub form: T,
    pub pairs: Vec<(String, String)>,
}

impl<T> AdminForm<T> {
    /// The first submitted value of `name`, or "" (for fields outside `T`, such as `action`).
    pub fn field(&self, name: &str) -> &str {
        self.pairs
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    }

    /// The page language.
    pub fn lang(&self) -> Lang {
        self.admin.lang
    }

    /// The texts in the page language.
    pub fn tx(&self) -> &'static Texts {
        texts::for_lang(self.admin.lang)
    }
}

impl<T: DeserializeOwned + Send> FromRequest<AppState> for AdminForm<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, AppError> {
        let (mut parts, body) = req.into_parts();
        let admin = Admin::from_request_parts(&mut parts, state).await?;
        let RawForm(bytes) = RawForm::from_request(Request::from_parts(parts.clone(), body), state)
            .await
            .map_err(|rejection: RawFormRejection| AppError::BadForm(rejection.status()))?;
        let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&bytes).unwrap_or_default();
        let token = pairs.iter().find(|(k, _)| k == "csrf").map(|(_, v)| v);
        if !token.is_some_and(|t| admin.token_matches(t)) {
            return Err(AppError::BadToken);
        }
        let Form(form) =
            Form::<T>::from_request(Request::from_parts(parts, Body::from(bytes)), state)
                .await
                .map_err(|rejection| {
                    tracing::info!(%rejection, "administrator form not readable");
                    AppError::BadForm(StatusCode::UNPROCESSABLE_ENTITY)
                })?;
        Ok(Self { admin, form, pairs })
    }
}

/// A posted administrator upload (`multipart/form-data`): who posted it and its fields as text,
/// in the order sent. The CSRF token (field `csrf`) is checked after the body is read (the
/// route's body limit bounds it); a body over that limit is a 413, a body that is not multipart
/// a 400, both as beheer's error page. Nothing is written before the handler runs.
pub struct AdminUpload {
    pub admin: Admin,
    fields: Vec<(String, String)>,
}

impl AdminUpload {
    /// The first submitted value of `name`, or "".
    pub fn field(&self, name: &str) -> &str {
        self.fields
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    }

    /// The uploaded file (field `file`) as text, or "" when none was sent.
    pub fn file(&self) -> &str {
        self.field("file")
    }

    /// Whether the checkbox `name` (value `yes`) was ticked.
    pub fn ticked(&self, name: &str) -> bool {
        self.field(name) == "yes"
    }

    /// The page language.
    pub fn lang(&self) -> Lang {
        self.admin.lang
    }

    /// The texts in the page language.
    pub fn tx(&self) -> &'static Texts {
        texts::for_lang(self.admin.lang)
    }
}

impl FromRequest<AppState> for AdminUpload {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, AppError> {
        let (mut parts, body) = req.into_parts();
        let admin = Admin::from_request_parts(&mut parts, state).await?;
        let mut multipart = Multipart::from_request(Request::from_parts(parts, body), state)
            .await
            .map_err(|rejection| AppError::BadForm(rejection.status()))?;
        let unreadable = |error: axum::extract::multipart::MultipartError| {
            tracing::info!(%error, "administrator upload not readable");
            AppError::BadForm(error.status())
        };
        let mut fields = Vec::new();
        while let Some(field) = multipart.next_field().await.map_err(unreadable)? {
            let name = field.name().unwrap_or("").to_owned();
            fields.push((name, field.text().await.map_err(unreadable)?));
        }
        let upload = Self { admin, fields };
        if !upload.admin.token_matches(upload.field("csrf")) {
            return Err(AppError::BadToken);
        }
        Ok(upload)
    }
}

/// One field of the conflict page.
pub struct ConflictRow {
    /// The form's label of the field, if it has one.
    pub label: Option<String>,
    /// Where the field is in the stored item (`texts[goal].text_nl`).
    pub path: String,
    pub theirs: String,
    pub yours: String,
    pub differs: bool,
}

/// `409 Conflict`: the item was saved by someone else after this form was opened.
#[derive(askama::Template, askama_web::WebTemplate)]
#[template(path = "beheer/conflict.html")]
pub struct ConflictPage {
    chrome: Chrome,
    csrf: String,
    title: String,
    /// The editor (GET shows the stored version; POST takes "continue with mine").
    editor: String,
    rows: Vec<ConflictRow>,
    /// The administrator's input, posted back to the editor for a preview.
    kept: Vec<(String, String)>,
    fingerprint: String,
    removed: bool,
}

/// The page for a stale save of `title` at `editor`: both versions side by side (the stored one
/// as it is now, the submitted one as typed), differences first, each field and code named as
/// the form names it (`names`), and a button that reopens the editor with the submitted input
/// against the current version. Nothing was written.
pub fn conflict<T, Y: Serialize>(
    form: &AdminForm<T>,
    (title, editor): (&str, &str),
    names: &FieldNames,
    stale: &Stale,
    yours: &Y,
) -> Response {
    let yours = serde_json::to_value(yours).expect("rows serialise");
    let (theirs, mine) = (leaves(&stale.current), leaves(&yours));
    let differing: Vec<String> = changes(&stale.current, &yours)
        .into_iter()
        .map(|c| c.path)
        .collect();
    let show = |path: &str, v: Option<&serde_json::Value>| {
        v.map(|v| names.value(path, v)).unwrap_or_default()
    };
    let mut rows: Vec<ConflictRow> = theirs
        .keys()
        .chain(mine.keys().filter(|k| !theirs.contains_key(*k)))
        .map(|path| ConflictRow {
            label: names.label(path),
            path: path.clone(),
            theirs: show(path, theirs.get(path)),
            yours: show(path, mine.get(path)),
            differs: differing.contains(path),
        })
        .collect();
    rows.sort_by_key(|r| !r.differs);
    let page = ConflictPage {
        chrome: Chrome::new(form.lang(), editor, "beheer"),
        csrf: form.admin.session.csrf_token.clone(),
        title: title.to_owned(),
        editor: editor.to_owned(),
        rows,
        kept: form
            .pairs
            .iter()
            .filter(|(k, _)| !["csrf", FINGERPRINT, "action"].contains(&k.as_str()))
            .cloned()
            .collect(),
        fingerprint: Fingerprint::of(&stale.current).to_string(),
        removed: stale.current.is_null(),
    };
    (StatusCode::CONFLICT, page).into_response()
}

/// A JSON leaf as an administrator reads it: strings without quotes, nothing for null.
pub fn display(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Null => String::new(),
        other => other.to_string(),
    }
}
