//! Download and upload of the whole knowledge base as one JSON file.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};

use super::{Admin, Refusal};
use crate::db::exchange;
use crate::state::AppState;
use crate::web::pages::Chrome;

/// `GET /beheer/export`: the JSON file as a download.
pub async fn download(State(state): State<AppState>, admin: Admin) -> Response {
    match exchange::export(&state.db).await {
        Ok(json) => (
            [
                (CONTENT_TYPE, "application/json"),
                (
                    CONTENT_DISPOSITION,
                    "attachment; filename=\"kennisbank.json\"",
                ),
                (CACHE_CONTROL, "no-store"),
            ],
            json,
        )
            .into_response(),
        Err(error) => {
            tracing::error!(%error, "cannot export the knowledge base");
            Refusal::Internal(admin.lang).into_response()
        }
    }
}

/// `GET /beheer/import`.
#[derive(Template, WebTemplate)]
#[template(path = "beheer/import.html")]
pub struct ImportPage {
    chrome: Chrome,
    csrf: String,
    error: Option<String>,
    done: Option<String>,
}

/// `GET /beheer/import`.
pub async fn form(admin: Admin) -> ImportPage {
    ImportPage {
        chrome: Chrome::new(admin.lang, "/beheer/import", "beheer"),
        csrf: admin.session.csrf_token.clone(),
        error: None,
        done: None,
    }
}

/// `POST /beheer/import` (multipart: `csrf`, `file`): validated first, applied all or nothing.
pub async fn upload(
    State(state): State<AppState>,
    admin: Admin,
    mut multipart: Multipart,
) -> Response {
    let mut csrf = String::new();
    let mut file = String::new();
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) => {
                let name = field.name().unwrap_or("").to_owned();
                let Ok(text) = field.text().await else {
                    break;
                };
                match name.as_str() {
                    "csrf" => csrf = text,
                    "file" => file = text,
                    _ => {}
                }
            }
            Ok(None) => break,
            Err(_) => break,
        }
    }
    if !admin.token_matches(&csrf) {
        return Refusal::BadToken(admin.lang).into_response();
    }
    let page = |error: Option<String>, done: Option<String>| ImportPage {
        chrome: Chrome::new(admin.lang, "/beheer/import", "beheer"),
        csrf: admin.session.csrf_token.clone(),
        error,
        done,
    };
    match exchange::import(&state.db, &file, admin.name()).await {
        Ok(kb) => {
            let version = kb.version().to_owned();
            state.replace_knowledge_base(kb);
            tracing::info!(user = %admin.name(), %version, "knowledge base imported");
            page(None, Some(version)).into_response()
        }
        Err(error) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            page(Some(error.to_string()), None),
        )
            .into_response(),
    }
}
